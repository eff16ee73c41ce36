/**
 * The stance stage: each attribution's stance from its cue and its words. Texts are a
 * fictional story (the river town of Brannock), run through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../domain/analysis.ts';
import type { Attribution } from '../../domain/attribution.ts';
import { createStageContext } from '../create-stage-context.ts';
import { analyse } from '../pipeline.ts';

const ctx = createStageContext({ rulesOnly: true });

function analyseText(text: string): Analysis {
  return analyse(
    {
      id: 'stance-test',
      name: 'stance-test',
      uri: 'test:stance',
      mediaType: 'text/plain',
      text,
      encoding: 'utf-8',
      byteLength: text.length,
    },
    ctx,
  );
}

/** The attribution whose content holds `content`. */
function about(text: string, content: string): Attribution {
  const all = analyseText(text).attributions;
  const a = all.find((x) => text.slice(x.content.start, x.content.end).includes(content));
  assert.ok(
    a,
    `no attribution of ${JSON.stringify(content)} among ${JSON.stringify(all.map((x) => text.slice(x.content.start, x.content.end)))}`,
  );
  return a;
}

const stanceOf = (text: string, content: string): string => about(text, content).stance;

describe('stance: from the cue', () => {
  it('"denied" denies', () => {
    assert.equal(
      stanceOf('Mayor Petra Voss denied that the bridge was unsafe.', 'the bridge was unsafe'),
      'denies',
    );
  });

  it('"rejected" denies', () => {
    assert.equal(stanceOf('Voss rejected the report on the bridge.', 'the report'), 'denies');
  });

  it('"confirmed" confirms', () => {
    assert.equal(
      stanceOf(
        'The Brannock Water Board confirmed that three bridges were closed.',
        'three bridges were closed',
      ),
      'confirms',
    );
  });

  it('the passive "was confirmed by" confirms', () => {
    assert.equal(
      stanceOf('The flood report was confirmed by the Brannock Water Board.', 'The flood report'),
      'confirms',
    );
  });

  it('"disputed" and "complained" dispute', () => {
    assert.equal(
      stanceOf('The engineers disputed the figures from the water board.', 'the figures'),
      'disputes',
    );
    assert.equal(
      stanceOf('The engineers complained that the pumps had never worked.', 'the pumps had never worked'),
      'disputes',
    );
  });

  it('"according to" reports', () => {
    assert.equal(
      stanceOf(
        'Three bridges were closed overnight, according to the water board.',
        'Three bridges were closed',
      ),
      'reports',
    );
  });

  it('a plain "said" asserts', () => {
    assert.equal(stanceOf('The mayor said the bridge was safe.', 'the bridge was safe'), 'asserts');
  });

  it('"lashed out at allegations" denies the allegations', () => {
    assert.equal(
      stanceOf(
        'The engineers lashed out at allegations that they had been paid by the mayor’s rivals.',
        'allegations',
      ),
      'denies',
    );
  });
});

describe('stance: from the words', () => {
  it('denial words beat a say-verb: "said the report was a lie"', () => {
    assert.equal(stanceOf('Voss said the report was a lie.', 'the report was a lie'), 'denies');
  });

  it('denial words beat a say-verb: "false", "did not exist"', () => {
    assert.equal(
      stanceOf('Voss said the report was false and the cracks did not exist.', 'the report was false'),
      'denies',
    );
  });

  it('denial words in a direct quotation', () => {
    assert.equal(stanceOf('“There is no evidence of any crack,” Voss said.', 'no evidence'), 'denies');
  });

  it('words that attack credibility dispute: "exaggerated"', () => {
    assert.equal(
      stanceOf('The mayor said the story was exaggerated.', 'the story was exaggerated'),
      'disputes',
    );
  });

  it('words that back a claim confirm: "consistent with"', () => {
    assert.equal(
      stanceOf(
        'Lind said the figures were consistent with the board’s own records.',
        'the figures were consistent',
      ),
      'confirms',
    );
  });

  it('a negated confirmation in the words is no confirmation: "said she could not confirm the figures"', () => {
    assert.notEqual(
      stanceOf('Voss said she could not confirm the figures.', 'she could not confirm'),
      'confirms',
    );
  });

  it('telling the truth is no dispute: "said she had always told the truth"', () => {
    assert.equal(
      stanceOf('Voss said she had always told the truth about the bridge.', 'she had always told the truth'),
      'asserts',
    );
  });

  it('a deny cue stays a denial whatever the words: "denied the report was verified"', () => {
    const text = 'Voss denied the report was verified.';
    const a = analyseText(text).attributions.find((x) => x.cueLemma === 'deny');
    assert.equal(a?.stance, 'denies');
  });

  it('a continuation quotation is judged by its own words', () => {
    const text = '“We will rebuild,” Voss said. “The stories about the bridge are lies.”';
    assert.equal(stanceOf(text, 'We will rebuild'), 'asserts');
    const cont = about(text, 'The stories about the bridge are lies');
    assert.equal(cont.cue, null);
    assert.equal(cont.stance, 'denies');
  });
});

describe('stance: "who added" after a confirmation', () => {
  it('a speaker who adds to what they just confirmed goes on confirming', () => {
    const text =
      'The flood report was confirmed by the Brannock Water Board, who added that the river was still rising.';
    assert.equal(stanceOf(text, 'The flood report'), 'confirms');
    assert.equal(stanceOf(text, 'the river was still rising'), 'confirms');
  });

  it('another speaker who adds something does not confirm', () => {
    const text = 'The water board confirmed the closures. Peter Lind added that the river was still rising.';
    assert.equal(stanceOf(text, 'the closures'), 'confirms');
    assert.equal(stanceOf(text, 'the river was still rising'), 'asserts');
  });
});

describe('stance: negated cues', () => {
  it('"did not deny" is no denial', () => {
    const a = about('Voss did not deny that the bridge had cracks.', 'the bridge had cracks');
    assert.equal(a.negated, true);
    assert.notEqual(a.stance, 'denies');
  });

  it('"did not confirm" is no confirmation', () => {
    const a = about('The water board did not confirm the figures.', 'the figures');
    assert.equal(a.negated, true);
    assert.notEqual(a.stance, 'confirms');
  });

  it('"did not say" is marked negated', () => {
    const a = about('Voss did not say whether the bridge would reopen.', 'whether the bridge would reopen');
    assert.equal(a.negated, true);
    assert.equal(a.cueLemma, 'say');
  });
});
