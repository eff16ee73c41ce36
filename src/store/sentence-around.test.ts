import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spanOf } from './contract/span-of.ts';
import { sentenceAround } from './sentence-around.ts';

const around = (text: string, needle: string) => sentenceAround(text, spanOf(text, needle));

describe('sentenceAround', () => {
  it('cuts the sentence holding the span', () => {
    const text = 'The ferry was late. Some 40 cars waited at the quay! Nobody knew why? Then it came.';
    assert.equal(around(text, '40 cars'), 'Some 40 cars waited at the quay!');
    assert.equal(around(text, 'ferry'), 'The ferry was late.');
    assert.equal(around(text, 'came'), 'Then it came.');
  });

  it('keeps closing quotes with their sentence and does not split at abbreviations, initials or decimals', () => {
    const text =
      'It was "a disaster." Dr. Ansel Grieve and J. Okafor said 4.5 million crowns, i.e. most of it, were lost. Next.';
    assert.equal(
      around(text, '4.5 million'),
      'Dr. Ansel Grieve and J. Okafor said 4.5 million crowns, i.e. most of it, were lost.',
    );
    assert.equal(around(text, 'disaster'), 'It was "a disaster."');
  });

  it('stops at line breaks, so a list item or a table row is its own context', () => {
    const text = 'Figures:\n- Temporary supports: 14 steel props\n- Cost: 3 million\n\nA sentence follows.';
    assert.equal(around(text, '14 steel'), '- Temporary supports: 14 steel props');
    assert.equal(around(text, '3 million'), '- Cost: 3 million');
  });

  it('collapses white space, keeps a span that crosses a sentence end, and copes with odd spans', () => {
    const text = 'One   two.\tThree  four. Five.';
    assert.equal(sentenceAround(text, { start: 7, end: 14 }), 'One two. Three four.');
    assert.equal(sentenceAround(text, { start: 0, end: 0 }), 'One two.');
    assert.equal(sentenceAround(text, { start: 500, end: 900 }), 'Five.');
    assert.equal(sentenceAround('', { start: 0, end: 3 }), '');
  });

  it('cuts a runaway sentence some way from the span', () => {
    const text = `${'word '.repeat(2000)}42 things ${'word '.repeat(2000)}`;
    const context = around(text, '42 things');
    assert.ok(context.includes('42 things') && context.length < 1000);
  });
});
