/** The tagger's lexicon table: exact lookups from a span of text, usual tags, context rules. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WordTable } from './word-table.ts';

const ANY = 31;
const table = new WordTable([
  { word: 'the', usual: 5, rules: [] },
  { word: 'The', usual: 5, rules: [] },
  { word: ',', usual: 13, rules: [] },
  { word: 'internationalisation', usual: 7, rules: [] },
  // "that": usually SCONJ (14); PRON (10) before a verb (16), DET (5) after a verb and before a noun (7)
  { word: 'that', usual: 14, rules: [[ANY, 16, 10], [16, 7, 5], [16, ANY, 14]] },
]);
const find = (text: string): number => table.find(text, 0, text.length);

describe('WordTable', () => {
  it('finds words exactly as written, short, long and one-character', () => {
    for (const w of ['the', 'The', ',', 'internationalisation', 'that']) assert.ok(find(w) >= 0, w);
    for (const w of ['THE', 'th', 'thee', 'internationalisations', '.', '']) assert.equal(find(w), -1, w);
    assert.equal(table.find('in the town', 3, 6), find('the'), 'from a span of a longer text');
    assert.equal(table.findLower('The', 0, 3), find('the'));
  });

  it('gives the usual tag and whether there are rules', () => {
    assert.equal(table.usual(find('internationalisation')), 7);
    assert.equal(table.ambiguous(find('the')), false);
    assert.equal(table.ambiguous(find('that')), true);
  });

  it('takes the most specific rule: previous and next, previous alone, next alone', () => {
    const that = find('that');
    assert.equal(table.rule(that, 16, 7, ANY), 5);
    assert.equal(table.rule(that, 16, 3, ANY), 14);
    assert.equal(table.rule(that, 7, 16, ANY), 10);
    assert.equal(table.rule(that, 7, 7, ANY), -1);
  });
});
