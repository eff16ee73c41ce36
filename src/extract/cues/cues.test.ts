/**
 * The cues stage: reporting verbs and phrases with the auxiliaries and adverbs before
 * them, their tense and negation. Texts are a fictional story (the river town of Brannock).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../domain/analysis.ts';
import { createStageContext } from '../create-stage-context.ts';
import { analyse } from '../pipeline.ts';

const ctx = createStageContext();

function analyseText(text: string): Analysis {
  return analyse(
    {
      id: 'cues-test',
      name: 'cues-test',
      uri: 'test:cues',
      mediaType: 'text/plain',
      text,
      encoding: 'utf-8',
      byteLength: text.length,
    },
    ctx,
  );
}

interface CueSeen {
  readonly text: string;
  readonly lemma: string;
  readonly tense: string;
  readonly negated: boolean;
}

function cuesIn(text: string): CueSeen[] {
  return analyseText(text).cues.map((c) => ({
    text: text.slice(c.start, c.end),
    lemma: c.lemma,
    tense: c.tense,
    negated: c.negated,
  }));
}

/** The one cue of a sentence. */
function onlyCue(text: string): CueSeen {
  const found = cuesIn(text);
  assert.equal(found.length, 1, `one cue in ${JSON.stringify(text)}, found ${JSON.stringify(found)}`);
  return found[0] as CueSeen;
}

describe('cues: lexicon verbs and their tenses', () => {
  it('past: "said"', () => {
    assert.deepEqual(onlyCue('Mayor Petra Voss said the bridge was safe.'), {
      text: 'said',
      lemma: 'say',
      tense: 'past',
      negated: false,
    });
  });

  it('present: "says", "tells", "insists"', () => {
    assert.deepEqual(onlyCue('The mayor says the bridge is safe.'), {
      text: 'says',
      lemma: 'say',
      tense: 'present',
      negated: false,
    });
    assert.deepEqual(onlyCue('The ferry company tells passengers the crossing is safe.'), {
      text: 'tells',
      lemma: 'tell',
      tense: 'present',
      negated: false,
    });
    assert.equal(onlyCue('The keeper insists the water is falling.').lemma, 'insist');
  });

  it('future: "will say", "will tell", "would deny"', () => {
    assert.deepEqual(onlyCue('The mayor will say more on Monday.'), {
      text: 'will say',
      lemma: 'say',
      tense: 'future',
      negated: false,
    });
    assert.deepEqual(onlyCue('The mayor will tell the council everything.'), {
      text: 'will tell',
      lemma: 'tell',
      tense: 'future',
      negated: false,
    });
    assert.deepEqual(onlyCue('The minister would deny it, of course.'), {
      text: 'would deny',
      lemma: 'deny',
      tense: 'future',
      negated: false,
    });
  });

  it('perfect: "has told" is past', () => {
    assert.deepEqual(onlyCue('The keeper has told the council twice.'), {
      text: 'has told',
      lemma: 'tell',
      tense: 'past',
      negated: false,
    });
  });

  it('irregular and -y verbs: "wrote", "denied", "testified"', () => {
    assert.equal(onlyCue('The engineer wrote that the cracks were old.').lemma, 'write');
    assert.equal(onlyCue('The firm denied the claims.').lemma, 'deny');
    assert.equal(onlyCue('The keeper testified that the gates were open.').lemma, 'testify');
  });

  it('nouns that look like cue verbs are not cues: "the claims", "the report"', () => {
    const found = cuesIn('The claims about the report were discussed at length.');
    assert.deepEqual(found, []);
  });
});

describe('cues: auxiliaries and adverbs before the verb', () => {
  it('keeps "had previously" in "had previously insisted"', () => {
    assert.deepEqual(onlyCue('Voss had previously insisted that no repairs were needed.'), {
      text: 'had previously insisted',
      lemma: 'insist',
      tense: 'past',
      negated: false,
    });
  });

  it('keeps "has now" in "has now said"', () => {
    assert.deepEqual(onlyCue('The council has now said it will pay.'), {
      text: 'has now said',
      lemma: 'say',
      tense: 'past',
      negated: false,
    });
  });

  it('keeps "repeatedly" in "repeatedly denied" and "also" in "also told"', () => {
    assert.equal(onlyCue('The ferry company repeatedly denied the claims.').text, 'repeatedly denied');
    assert.equal(onlyCue('Voss also told reporters the bridge was safe.').text, 'also told');
  });

  it('leaves "then" out: "then said"', () => {
    assert.equal(onlyCue('Voss then said the bridge was safe.').text, 'said');
  });

  it('starts at the head verb past "is": "is telling" gives "telling"', () => {
    const cue = onlyCue('Voss is telling everyone that the bridge is safe.');
    assert.equal(cue.text, 'telling');
    assert.equal(cue.lemma, 'tell');
  });

  it('keeps "has been" in "has been saying"', () => {
    const cue = onlyCue('Voss has been saying for weeks that the bridge is safe.');
    assert.equal(cue.text, 'has been saying');
  });
});

describe('cues: negation', () => {
  it('"did not say" is one negated cue', () => {
    const cue = onlyCue('Voss did not say when the bridge would reopen.');
    assert.equal(cue.text, 'did not say');
    assert.equal(cue.lemma, 'say');
    assert.equal(cue.negated, true);
  });

  it('"didn’t say" and "never said" are negated', () => {
    assert.deepEqual(
      [onlyCue('Voss didn’t say when.'), onlyCue('Voss never said that.')].map((c) => [c.text, c.negated]),
      [
        ['didn’t say', true],
        ['never said', true],
      ],
    );
  });

  it('"will not comment" is negated and future', () => {
    assert.deepEqual(onlyCue('The ferry company will not comment.'), {
      text: 'will not comment',
      lemma: 'comment',
      tense: 'future',
      negated: true,
    });
  });

  it('"said" alone is not negated', () => {
    assert.equal(onlyCue('Voss said the bridge was safe.').negated, false);
  });

  it('"did not say" is past tense', () => {
    assert.equal(onlyCue('Voss did not say when the bridge would reopen.').tense, 'past');
    assert.equal(onlyCue('Voss didn’t say when.').tense, 'past');
  });
});

describe('cues: what is not a cue', () => {
  it('an infinitive after "to" is not a cue: "travelled to Brannock to announce"', () => {
    assert.deepEqual(cuesIn('The mayor travelled to Brannock to announce the results.'), []);
  });

  it('an infinitive after "expected to" is not a cue', () => {
    assert.deepEqual(cuesIn('The mayor is expected to announce the results.'), []);
  });

  it('a participle right after a noun is not a cue: "groups decrying the arrests"', () => {
    assert.deepEqual(cuesIn('The rights groups decrying the arrests met on Monday.'), []);
  });

  it('a participle after a comma is a cue: ", decrying the arrests"', () => {
    const cue = onlyCue('The mayor left the hall, decrying the arrests.');
    assert.equal(cue.text, 'decrying');
    assert.equal(cue.lemma, 'decry');
  });
});

describe('cues: multi-word cues', () => {
  it('"according to"', () => {
    const cue = onlyCue('The river is rising, according to the water board.');
    assert.equal(cue.text, 'according to');
    assert.equal(cue.lemma, 'according to');
  });

  it('"According to" at the start of a sentence', () => {
    assert.equal(onlyCue('According to the water board, the river is rising.').text, 'According to');
  });

  it('"went on to state" and "goes on to say"', () => {
    assert.deepEqual(onlyCue('Voss went on to state that the river was safe.'), {
      text: 'went on to state',
      lemma: 'go on to say',
      tense: 'past',
      negated: false,
    });
    assert.equal(onlyCue('Voss goes on to say that nothing happened.').text, 'goes on to say');
  });

  it('"accusing them of" takes in the object', () => {
    const cue = onlyCue('She turned on the engineers, accusing them of lying.');
    assert.equal(cue.text, 'accusing them of');
    assert.equal(cue.lemma, 'accuse');
  });

  it('"pointed out", "called for", "lashed out at", "hit back at"', () => {
    assert.equal(onlyCue('Voss pointed out that the river was high.').lemma, 'point out');
    assert.equal(onlyCue('Voss called for an inquiry.').text, 'called for');
    assert.equal(onlyCue('The engineers lashed out at the council.').text, 'lashed out at');
    assert.equal(onlyCue('The unions hit back at the mayor.').lemma, 'hit back at');
  });

  it('the cue head is the verb token', () => {
    const text = 'Voss had previously insisted that no repairs were needed.';
    const a = analyseText(text);
    const cue = a.cues[0];
    assert.ok(cue);
    assert.equal(a.tokens[cue.head]?.text, 'insisted');
  });
});
