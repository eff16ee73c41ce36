import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linesOf } from './lines-of.ts';

describe('linesOf', () => {
  it('gives trimmed non-blank lines with offsets into the text', () => {
    const text = 'Ferry Deal\n\n  The ferry sailed. \nIt came back.\n';
    const lines = linesOf(text);
    assert.deepEqual(
      lines.map((l) => [l.text, text.slice(l.start, l.end), l.index, l.blankBefore, l.blankAfter]),
      [
        ['Ferry Deal', 'Ferry Deal', 0, true, true],
        ['The ferry sailed.', 'The ferry sailed.', 1, true, false],
        ['It came back.', 'It came back.', 2, false, true],
      ],
    );
  });
  it('takes \\r\\n and \\r as line breaks', () => {
    assert.deepEqual(
      linesOf('One\r\n\r\nTwo\rThree').map((l) => l.text),
      ['One', 'Two', 'Three'],
    );
  });
  it('stops after `limit` lines and still knows whether a blank line follows the last', () => {
    const lines = linesOf('A\n\nB\nC\n\nD', 2);
    assert.deepEqual(
      lines.map((l) => [l.text, l.blankAfter]),
      [
        ['A', true],
        ['B', false],
      ],
    );
    assert.deepEqual(
      linesOf('A\n\nB', 2).map((l) => [l.text, l.blankAfter]),
      [
        ['A', true],
        ['B', true],
      ],
    );
  });
  it('gives nothing for white space only', () => {
    assert.deepEqual(linesOf(' \n\t\n'), []);
  });
});
