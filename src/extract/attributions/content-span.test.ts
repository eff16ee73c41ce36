/**
 * Content spans (content-span.ts) and attribution kinds (attribution-kind.ts): where
 * reported content starts and ends, with exact offsets, and whether it is direct,
 * indirect or mixed. Texts are a fictional story (the river town of Brannock).
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
      id: 'content-test',
      name: 'content-test',
      uri: 'test:content',
      mediaType: 'text/plain',
      text,
      encoding: 'utf-8',
      byteLength: text.length,
    },
    ctx,
  );
}

/** The attribution whose cue is written `cue`. */
function byCue(text: string, cue: string): Attribution {
  const all = analyseText(text).attributions;
  const a = all.find((x) => x.cue && text.slice(x.cue.start, x.cue.end) === cue);
  assert.ok(
    a,
    `no attribution with cue ${JSON.stringify(cue)} among ${JSON.stringify(all.map((x) => x.cue && text.slice(x.cue.start, x.cue.end)))}`,
  );
  return a;
}

/** Asserts the content is exactly `want`, at the offsets where it stands in the text. */
function assertContent(text: string, a: Attribution, want: string): void {
  assert.equal(text.slice(a.content.start, a.content.end), want);
  assert.equal(a.content.start, text.indexOf(want), 'content start');
  assert.equal(a.content.end, text.indexOf(want) + want.length, 'content end');
}

describe('content spans: exact offsets', () => {
  it('reported speech after the cue, without the final full stop', () => {
    const text = 'Mayor Petra Voss said the bridge was safe.';
    assertContent(text, byCue(text, 'said'), 'the bridge was safe');
  });

  it('keeps the complementiser "that" (the PolNeAR convention noted in contentAfter)', () => {
    const text = 'Voss told The Daily Lantern that the town would recover.';
    assertContent(text, byCue(text, 'told'), 'that the town would recover');
  });

  it('a quotation after the cue that runs to the end of the clause, marks included', () => {
    const text = 'Voss said “people are scared, and they should be.”';
    const a = byCue(text, 'said');
    assertContent(text, a, '“people are scared, and they should be.”');
    assert.equal(a.kind, 'direct');
  });

  it('content before the cue, without the comma before it', () => {
    const text = 'In the second paragraph of the report, the river had never been so high, Voss said.';
    assertContent(
      text,
      byCue(text, 'said'),
      'In the second paragraph of the report, the river had never been so high',
    );
  });

  it('offsets stay right after non-ASCII text earlier in the document', () => {
    const text =
      'Brannock’s “old” bridge — built in 1890 — is closed.\n\nThe engineer Peter Lind said the pillars had moved.';
    assertContent(text, byCue(text, 'said'), 'the pillars had moved');
  });
});

describe('content spans: where the clause ends', () => {
  it('at a non-restrictive relative: "..., which forced the closure"', () => {
    const text = 'Voss said the river rose by two metres, which forced the closure of the road.';
    assertContent(text, byCue(text, 'said'), 'the river rose by two metres');
  });

  it('at a dash', () => {
    const text = 'Voss said the river rose by two metres – the highest level in a decade.';
    assertContent(text, byCue(text, 'said'), 'the river rose by two metres');
  });

  it('at a semicolon', () => {
    const text = 'Voss said the river rose by two metres; the road was closed.';
    assertContent(text, byCue(text, 'said'), 'the river rose by two metres');
  });

  it('at another attribution: ", adding that ..."', () => {
    const text = 'Voss said the report was wrong, adding that the bridge would reopen on Monday.';
    assertContent(text, byCue(text, 'said'), 'the report was wrong');
    const adding = byCue(text, 'adding');
    assert.match(
      text.slice(adding.content.start, adding.content.end),
      /^(that )?the bridge would reopen on Monday$/,
    );
  });

  it('at the comma closing a fronted "Since ..." clause', () => {
    const text =
      'Since the Daily Lantern first reported on the cracks, the paper’s editor has received threats.';
    const a = byCue(text, 'first reported');
    assert.ok(!text.slice(a.content.start, a.content.end).includes('editor'));
    assert.equal(a.content.end, text.indexOf(','));
  });

  it('at the comma closing a fronted "After ..." clause', () => {
    const text = 'After Voss said the bridge was safe, the engineers resigned.';
    assertContent(text, byCue(text, 'said'), 'the bridge was safe');
  });

  it('an adverbial between the cue and "that" is not content: "said on Monday that ..."', () => {
    const text = 'Mayor Petra Voss said on Monday that the bridge would reopen.';
    assert.match(text.slice(byCue(text, 'said').content.start), /^(that )?the bridge would reopen/);
  });

  it('a channel between the cue and "that" is not content: "said in a statement that ..."', () => {
    const text = 'The Brannock Water Board said in a statement that the river was falling.';
    assert.match(text.slice(byCue(text, 'said').content.start), /^(that )?the river was falling/);
  });
});

describe('attribution kinds', () => {
  it('direct: the content is one quotation, marks included', () => {
    const text = '“We will rebuild the bridge,” Voss said.';
    const a = byCue(text, 'said');
    assert.equal(a.kind, 'direct');
    assertContent(text, a, '“We will rebuild the bridge,”');
  });

  it('direct with straight quotation marks', () => {
    const text = '"We will rebuild the bridge," Voss said.';
    assert.equal(byCue(text, 'said').kind, 'direct');
  });

  it('indirect: reported speech with no quotation marks', () => {
    assert.equal(byCue('Voss said the bridge would be rebuilt.', 'said').kind, 'indirect');
  });

  it('mixed: reported speech holding a quoted fragment', () => {
    const text = 'Voss said the council had "no money left" for repairs, which angered residents.';
    const a = byCue(text, 'said');
    assert.equal(a.kind, 'mixed');
    assertContent(text, a, 'the council had "no money left" for repairs');
  });

  it('mixed with curly marks: a quoted phrase inside a clause', () => {
    const text = 'The engineer said the bridge had a “serious structural flaw” and should close.';
    const a = byCue(text, 'said');
    assert.equal(a.kind, 'mixed');
    assertContent(text, a, 'the bridge had a “serious structural flaw” and should close');
  });
});
