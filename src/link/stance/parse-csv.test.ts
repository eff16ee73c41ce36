import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const csv = '\uFEFFBody ID,articleBody\r\n1,"The mayor said, ""No deal.""\nThen left."\r\n2,plain\r\n';
    assert.deepEqual(parseCsv(csv), [
      ['Body ID', 'articleBody'],
      ['1', 'The mayor said, "No deal."\nThen left.'],
      ['2', 'plain'],
    ]);
  });

  it('keeps a last row without a line break and empty fields', () => {
    assert.deepEqual(parseCsv('a,b\n,x'), [
      ['a', 'b'],
      ['', 'x'],
    ]);
  });
});
