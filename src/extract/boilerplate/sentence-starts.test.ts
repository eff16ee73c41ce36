import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceStarts } from './sentence-starts.ts';

describe('sentenceStarts', () => {
  it('finds starts after full stops, with closing quotes, or glued capitals', () => {
    const t = 'The ferry sailed. "It came back," he said.Latest News';
    const starts = sentenceStarts(t);
    assert.deepEqual(
      starts.map((s) => t.slice(s, s + 4)),
      ['The ', '"It ', 'Late'],
    );
  });
  it('finds no start inside a web address', () => {
    assert.deepEqual(sentenceStarts('Read it on example.com today.'), [0]);
  });
  it('looks only at the end of a long line', () => {
    const t = `${'A sentence. '.repeat(10)}Last one.`;
    assert.deepEqual(sentenceStarts(t, 20), [0, t.indexOf('Last one.')]);
  });
});
