/**
 * The FTS5 query builder, against a real FTS5 table: whatever the user types, the query
 * is valid, and FTS5 matches a text exactly when hasTerms (the in-memory test that
 * search uses for attributions of matching documents) says it holds every term.
 */
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { hasTerms } from '../has-terms.ts';
import { searchTerms } from '../search-terms.ts';
import { ftsQuery } from './fts-query.ts';

function ftsTable(): { add(text: string): void; matches(query: string): number[]; close(): void } {
  const db = new DatabaseSync(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2')`);
  const add = db.prepare('INSERT INTO t (text) VALUES (?)');
  const match = db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid');
  return {
    add: (text) => void add.run(text),
    matches: (query) => match.all(query).map((r) => Number(r['rowid'])),
    close: () => db.close(),
  };
}

/** A small deterministic generator, so that a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const PIECES = [
  'bridge',
  'Bridge',
  'BRÜCKE',
  'brücke',
  'piers',
  'café',
  'cafe\u0301',
  "don't",
  'don',
  't',
  'U.S.',
  '42',
  '4.5',
  'AND',
  'OR',
  'NOT',
  'NEAR',
  'NEAR(',
  '*',
  '"',
  "'",
  '(',
  ')',
  ':',
  'col:x',
  '^',
  '-',
  '+',
  '{',
  '}',
  ',',
  '.',
  '\u0000',
  '\t',
  '\n',
  '  ',
  '😀',
  '“',
  '”',
  '–',
  'Zoë',
  'ZOE',
  'straße',
  'ǅ',
  'x\u00ady',
];

describe('ftsQuery', () => {
  it('quotes each term as a phrase of its words', () => {
    assert.equal(
      ftsQuery(searchTerms(`Hollin "bridge" don't NEAR( col:foo`)),
      '"hollin" "bridge" "don t" "near" "col foo"',
    );
    assert.equal(ftsQuery(searchTerms(' * -- ')), undefined);
  });

  it('never gives FTS5 a syntax error, and matches exactly what hasTerms matches', () => {
    const next = random(20310402);
    const pick = () => PIECES[Math.floor(next() * PIECES.length)] ?? '';
    const phrase = (n: number) => Array.from({ length: n }, () => pick()).join(next() < 0.5 ? ' ' : '');
    const table = ftsTable();
    const texts = Array.from({ length: 300 }, () => phrase(3 + Math.floor(next() * 12)));
    texts.forEach((t) => table.add(t));
    try {
      for (let i = 0; i < 1500; i++) {
        const text = phrase(1 + Math.floor(next() * 4));
        const terms = searchTerms(text);
        const query = ftsQuery(terms);
        if (query === undefined) {
          assert.deepEqual(terms, [], JSON.stringify(text));
          continue;
        }
        const expected = texts.flatMap((t, j) => (hasTerms(t, terms) ? [j + 1] : []));
        assert.deepEqual(table.matches(query), expected, `${JSON.stringify(text)} as ${query}`);
      }
    } finally {
      table.close();
    }
  });
});
