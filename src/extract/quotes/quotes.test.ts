/**
 * The quotes stage: quotations in quotation marks, paragraph by paragraph. Texts are a
 * fictional story (the river town of Brannock), run through the whole pipeline.
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
      id: 'quotes-test',
      name: 'quotes-test',
      uri: 'test:quotes',
      mediaType: 'text/plain',
      text,
      encoding: 'utf-8',
      byteLength: text.length,
    },
    ctx,
  );
}

/** Each quotation as its text, marks included. */
function quoted(text: string): string[] {
  return analyseText(text).quotes.map((q) => text.slice(q.start, q.end));
}

describe('quotes: curly and straight marks', () => {
  it('finds a curly quotation with its marks', () => {
    const text = 'Mayor Petra Voss said “the bridge is safe” on Friday morning.';
    const a = analyseText(text);
    const start = text.indexOf('“');
    assert.deepEqual(a.quotes, [{ start, end: text.indexOf('”') + 1, unbalanced: false }]);
    assert.equal(text.slice(start, text.indexOf('”') + 1), '“the bridge is safe”');
  });

  it('finds several straight quotations in one sentence', () => {
    assert.deepEqual(quoted('The engineer said "it is closed" and "it will stay closed."'), [
      '"it is closed"',
      '"it will stay closed."',
    ]);
  });

  it('takes a quotation opened straight and closed curly', () => {
    assert.deepEqual(quoted('"The cracks are old,” the engineer told the council on Monday.'), [
      '"The cracks are old,”',
    ]);
  });

  it('takes a quotation opened curly and closed straight', () => {
    assert.deepEqual(quoted('The engineer added “they were there last year." Nobody replied.'), [
      '“they were there last year."',
    ]);
  });

  it('handles both mixtures in one paragraph', () => {
    const text = 'The engineer said "the cracks are old,” adding “they were there last year."';
    assert.deepEqual(quoted(text), ['"the cracks are old,”', '“they were there last year."']);
  });

  it('does not take inch marks glued to a number for a quotation', () => {
    assert.deepEqual(quoted('The gauge showed 6" of water and the keeper said "no more".'), ['"no more"']);
  });

  it('splits two quotations that stand side by side', () => {
    assert.deepEqual(quoted('The banners read “Rebuild” “Now” in red letters.'), ['“Rebuild”', '“Now”']);
  });
});

describe('quotes: single curly marks and apostrophes', () => {
  it('takes single curly quotes as quotation marks in a headline', () => {
    assert.deepEqual(quoted('Mayor calls bridge report ‘a disgrace’ and vows to sue'), ['‘a disgrace’']);
  });

  it('leaves apostrophes alone: don’t, Karsovia’s, won’t', () => {
    const text =
      'Don’t expect the council to pay, the mayor said, because it won’t cover Karsovia’s mistakes.';
    assert.deepEqual(quoted(text), []);
  });

  it('keeps an apostrophe inside a single-quoted quotation', () => {
    assert.deepEqual(quoted('‘We don’t care what the minister thinks,’ she said.'), [
      '‘We don’t care what the minister thinks,’',
    ]);
  });

  it('takes a single-quoted phrase after an opening bracket', () => {
    assert.deepEqual(quoted('The mayor (‘never again’) left the room.'), ['‘never again’']);
  });

  it('keeps a single-quoted phrase nested in a double-quoted quotation as one quotation', () => {
    assert.deepEqual(quoted('“He told me ‘go home’ and walked off,” she said.'), [
      '“He told me ‘go home’ and walked off,”',
    ]);
  });

  it('does not close a single-quoted quotation at a plural possessive (the miners’ pay)', () => {
    assert.deepEqual(quoted('‘The miners’ pay has not risen in years,’ he said.'), [
      '‘The miners’ pay has not risen in years,’',
    ]);
  });
});

describe('quotes: paragraphs', () => {
  it('runs an unclosed quotation to the end of its paragraph and marks it unbalanced', () => {
    const text =
      'The engineer wrote:\n\n“The repairs will take months, and the money is not there.\n\n“We will see,” she added.';
    const a = analyseText(text);
    const found = a.quotes.map((q) => ({ text: text.slice(q.start, q.end), unbalanced: q.unbalanced }));
    assert.deepEqual(found, [
      { text: '“The repairs will take months, and the money is not there.', unbalanced: true },
      { text: '“We will see,”', unbalanced: false },
    ]);
  });

  it('never runs a quotation across a paragraph break', () => {
    const text = 'The keeper said “the water rose overnight\n\nand then fell again” by noon.';
    const a = analyseText(text);
    for (const q of a.quotes)
      assert.ok(!text.slice(q.start, q.end).includes('\n'), text.slice(q.start, q.end));
    assert.equal(text.slice(a.quotes[0]?.start, a.quotes[0]?.end), '“the water rose overnight');
    assert.equal(a.quotes[0]?.unbalanced, true);
  });

  it('trims trailing space from an unbalanced quotation', () => {
    const text = 'She said: “It’s over.   \nThe council met later.';
    const a = analyseText(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(text.slice(a.quotes[0]?.start, a.quotes[0]?.end), '“It’s over.');
  });

  it('closes a quotation left open before a new curly opening quote, marking it unbalanced', () => {
    const text = '“Open without closing “second one” came next.';
    const a = analyseText(text);
    const found = a.quotes.map((q) => ({ text: text.slice(q.start, q.end), unbalanced: q.unbalanced }));
    assert.deepEqual(found, [
      { text: '“Open without closing', unbalanced: true },
      { text: '“second one”', unbalanced: false },
    ]);
  });

  it('finds quotations in every paragraph, with offsets into the original text', () => {
    const text = 'Brannock Herald\n\n“First,” said the editor.\n\n“Second,” said the mayor.';
    const a = analyseText(text);
    assert.deepEqual(
      a.quotes.map((q) => text.slice(q.start, q.end)),
      ['“First,”', '“Second,”'],
    );
    assert.equal(a.quotes[1]?.start, text.lastIndexOf('“'));
  });
});
