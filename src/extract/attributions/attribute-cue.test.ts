/**
 * The sentence shapes attribute-cue.ts reads: where the source and the content stand
 * around a cue. Texts are a fictional story (the river town of Brannock), run through
 * the whole pipeline; content, cue and source are compared as the text they cover.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Analysis } from '../../domain/analysis.ts';
import type { Span } from '../../domain/span.ts';
import { createStageContext } from '../create-stage-context.ts';
import { analyse } from '../pipeline.ts';

const ctx = createStageContext({ rulesOnly: true });

function analyseText(text: string): Analysis {
  return analyse(
    {
      id: 'attr-test',
      name: 'attr-test',
      uri: 'test:attributions',
      mediaType: 'text/plain',
      text,
      encoding: 'utf-8',
      byteLength: text.length,
    },
    ctx,
  );
}

interface Seen {
  readonly content: string;
  readonly cue: string | null;
  readonly source: string | null;
  readonly kind: string;
}

function attributionsIn(text: string): Seen[] {
  const at = (s: Span | null): string | null => (s ? text.slice(s.start, s.end) : null);
  return analyseText(text).attributions.map((a) => ({
    content: text.slice(a.content.start, a.content.end),
    cue: at(a.cue),
    source: at(a.source),
    kind: a.kind,
  }));
}

/** The attribution made by the cue written `cue`. */
function byCue(text: string, cue: string): Seen {
  const found = attributionsIn(text);
  const a = found.find((x) => x.cue === cue);
  assert.ok(a, `no attribution with cue ${JSON.stringify(cue)}: ${JSON.stringify(found)}`);
  return a;
}

describe('attributions: passive and "according to"', () => {
  it('passive "was later confirmed by": content before, source after', () => {
    const text =
      'The newspaper’s first report on the flooding was later confirmed by the Brannock Water Board.';
    assert.deepEqual(byCue(text, 'later confirmed'), {
      content: 'The newspaper’s first report on the flooding',
      cue: 'later confirmed',
      source: 'the Brannock Water Board',
      kind: 'indirect',
    });
  });

  it('"According to X," at the start: content after the source', () => {
    const text = 'According to the water board, three bridges were closed overnight.';
    assert.deepEqual(byCue(text, 'According to'), {
      content: 'three bridges were closed overnight',
      cue: 'According to',
      source: 'the water board',
      kind: 'indirect',
    });
  });

  it('", according to X." at the end: content before the cue', () => {
    const text = 'Three bridges were closed overnight, according to the water board.';
    assert.deepEqual(byCue(text, 'according to'), {
      content: 'Three bridges were closed overnight',
      cue: 'according to',
      source: 'the water board',
      kind: 'indirect',
    });
  });
});

describe('attributions: subject before the cue', () => {
  it('subject + cue + clause: "Voss had previously insisted no bridge was at risk"', () => {
    const text = 'Mayor Petra Voss had previously insisted no bridge was at risk.';
    assert.deepEqual(byCue(text, 'had previously insisted'), {
      content: 'no bridge was at risk',
      cue: 'had previously insisted',
      source: 'Mayor Petra Voss',
      kind: 'indirect',
    });
  });

  it('the subject is found past "then": "Lind then went on to state"', () => {
    const a = byCue('Peter Lind then went on to state that the gates had failed.', 'went on to state');
    assert.equal(a.source, 'Peter Lind');
    assert.match(a.content, /the gates had failed$/);
  });

  it('a relative pronoun is the source: "..., who added ..."', () => {
    const text =
      'The report was published by the Brannock Water Board, who added that the river was still rising.';
    const a = byCue(text, 'added');
    assert.equal(a.source, 'who');
    assert.match(a.content, /the river was still rising$/);
  });

  it('a parenthetical "– which ... –" between subject and cue is skipped', () => {
    const text =
      'The Daily Lantern – which first reported the cracks in the bridge last month – has now said the repairs were never made.';
    assert.deepEqual(byCue(text, 'has now said'), {
      content: 'the repairs were never made',
      cue: 'has now said',
      source: 'The Daily Lantern',
      kind: 'indirect',
    });
  });

  it('a participle clause: "The engineer, having publicly declared that ..." finds the engineer', () => {
    const text = 'The engineer, having publicly declared that the bridge was safe, resigned on Friday.';
    assert.equal(byCue(text, 'publicly declared').source, 'The engineer');
  });

  it('the participle clause ends at its comma: "having publicly declared that the bridge was safe,"', () => {
    const text = 'The engineer, having publicly declared that the bridge was safe, resigned on Friday.';
    assert.match(byCue(text, 'publicly declared').content, /the bridge was safe$/);
  });

  it('a relative clause in mid-sentence ends at its comma: "The board, who added that ..., was not consulted"', () => {
    const text = 'The Brannock Water Board, who added that the river was rising, was not consulted.';
    assert.match(byCue(text, 'added').content, /the river was rising$/);
  });

  // PolNeAR's annotators keep an apposition or relative clause, with its commas, in the source
  it('an apposition between subject and cue: "Petra Voss, the mayor of Brannock, said ..."', () => {
    const text = 'Petra Voss, the mayor of Brannock, said the bridge was safe.';
    assert.deepEqual(byCue(text, 'said'), {
      content: 'the bridge was safe',
      cue: 'said',
      source: 'Petra Voss, the mayor of Brannock,',
      kind: 'indirect',
    });
  });

  it('a relative clause between subject and cue: "Voss, who has led the town since 2019, said ..."', () => {
    const text = 'Voss, who has led the town since 2019, said the bridge was safe.';
    const a = byCue(text, 'said');
    assert.equal(a.source, 'Voss, who has led the town since 2019,');
    assert.equal(a.content, 'the bridge was safe');
  });

  it('a time adverbial between subject and cue: "Voss on Tuesday denied that ..."', () => {
    const text = 'Mayor Petra Voss on Tuesday denied that the bridge was unsafe.';
    assert.equal(byCue(text, 'denied').source, 'Mayor Petra Voss');
  });
});

describe('attributions: content before the cue', () => {
  it('content + ", X said."', () => {
    const text = 'The river had never been so high, Voss said.';
    assert.deepEqual(byCue(text, 'said'), {
      content: 'The river had never been so high',
      cue: 'said',
      source: 'Voss',
      kind: 'indirect',
    });
  });

  it('a quotation + X + cue: "“...,” Voss told The Daily Lantern." (the addressee is not content)', () => {
    const text = '“The repairs were never made,” Voss told The Daily Lantern.';
    assert.deepEqual(byCue(text, 'told'), {
      content: '“The repairs were never made,”',
      cue: 'told',
      source: 'Voss',
      kind: 'direct',
    });
  });

  it('inversion: "“...,” said the minister."', () => {
    const text = '“We are doing everything we can,” said the minister.';
    assert.deepEqual(byCue(text, 'said'), {
      content: '“We are doing everything we can,”',
      cue: 'said',
      source: 'the minister',
      kind: 'direct',
    });
  });

  it('inversion with an apposition: "“...,” said Voss, the mayor of Brannock."', () => {
    const a = byCue('“The river is falling,” said Voss, the mayor of Brannock.', 'said');
    assert.equal(a.content, '“The river is falling,”');
    assert.equal(a.source, 'Voss');
  });

  it('a quotation of several sentences before the cue is taken whole', () => {
    const a = byCue('“The bridge is safe. The cracks are old,” Voss said.', 'said');
    assert.equal(a.content, '“The bridge is safe. The cracks are old,”');
  });

  it('a quotation + X + cue + adverbial: "“...,” the board said in a statement."', () => {
    const text = '“The river is falling,” the Brannock Water Board said in a statement.';
    assert.equal(byCue(text, 'said').content, '“The river is falling,”');
    assert.equal(
      byCue('“The river is falling,” Voss said on Monday.', 'said').content,
      '“The river is falling,”',
    );
  });
});

describe('attributions: split quotations and "told"', () => {
  it('a quotation split by its cue gives two attributions sharing the cue', () => {
    const text = '“We are doing everything we can,” she said, “and we will do more.”';
    const found = attributionsIn(text);
    assert.deepEqual(found, [
      { content: '“We are doing everything we can,”', cue: 'said', source: 'she', kind: 'direct' },
      { content: '“and we will do more.”', cue: 'said', source: 'she', kind: 'direct' },
    ]);
  });

  it('"told X that ...": the addressee is neither source nor content', () => {
    const a = byCue('Voss told The Daily Lantern the town would recover.', 'told');
    assert.equal(a.source, 'Voss');
    assert.equal(a.content, 'the town would recover');
  });

  it('a participle with no subject takes the source before it: "he said, before accusing them of ..."', () => {
    const text =
      '“The reports are exaggerated,” he said, before accusing the newspaper of “spreading panic”.';
    const a = byCue(text, 'accusing the newspaper of');
    assert.equal(a.source, 'he');
    assert.equal(a.content, '“spreading panic”');
  });

  it('"X said: “...”" takes the quotation after the colon', () => {
    assert.deepEqual(byCue('Voss said: “The bridge will stand.”', 'said'), {
      content: '“The bridge will stand.”',
      cue: 'said',
      source: 'Voss',
      kind: 'direct',
    });
  });
});

describe('attributions: what is skipped', () => {
  it('cues inside a quotation make no attribution of their own', () => {
    const found = attributionsIn('“They told us the pumps would be fixed,” Lind said.');
    assert.deepEqual(
      found.map((a) => a.cue),
      ['said'],
    );
  });

  it('a verb that needs a clause makes no attribution without one: "Voss added nothing"', () => {
    assert.deepEqual(attributionsIn('Voss added nothing.'), []);
  });

  it('a passive without "by" does not make its subject the source: "the report was verified", "The claims were rejected"', () => {
    const found = attributionsIn('Voss denied the report was verified.');
    assert.deepEqual(
      found.map((a) => a.source),
      ['Voss'],
    );
    // an agentless passive reports something said by nobody named
    assert.deepEqual(
      attributionsIn('The claims were rejected on Monday.').map((a) => [a.source, a.content]),
      [[null, 'The claims']],
    );
  });
});
