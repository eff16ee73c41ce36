/**
 * Store contract, part 5: search text is plain words, never a query language, so no
 * input can make search throw. Query syntax of the full-text engines (FTS5, tsquery),
 * SQL fragments, control characters and sheer size all give a page, possibly empty,
 * and punctuation around a word neither hides nor changes its hits.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { storyDocuments } from '../contract-fixtures.ts';
import type { SearchQuery, Store } from '../store.ts';
import { openWith } from './open-with.ts';

const HOSTILE = [
  '"unbalanced',
  'unbalanced"',
  '"',
  "'",
  'AND OR NOT',
  'AND',
  'NOT bridge',
  'bridge OR',
  '*',
  'bridge*',
  '*bridge',
  'NEAR(',
  'NEAR(bridge piers, 3)',
  'NEAR',
  'col:foo',
  'title:bridge',
  'text:bridge',
  '{title text}: bridge',
  '^bridge',
  '-bridge',
  '+bridge',
  'bridge & piers | !cracks',
  'bridge:* <-> piers',
  '(bridge',
  'bridge)',
  '((()))',
  "'; DROP TABLE documents; --",
  "' OR '1'='1",
  'bridge; DELETE FROM attributions',
  '\u0000',
  'bridge\u0000piers',
  '\u0000\u0001\u001f\u007f',
  '',
  ' ',
  '   \t\n\r  ',
  '\u00a0\u2003',
  '%',
  '_',
  '\\',
  'bridge\\',
  '\ud800',
  '😀 bridge',
  '“bridge”',
  '‘piers’',
  'a'.repeat(10_000),
  Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '),
  'bridge '.repeat(200),
  'NULL',
  'rank:1',
  'rowid',
];

export function hostileSearchContract(open: () => Promise<Store>): void {
  describe('search with hostile input', () => {
    let store: Store;
    before(async () => {
      store = await openWith(open, storyDocuments());
    });
    after(() => store.close());

    it('never throws on any search text, alone or with filters, and leaves the store intact', async () => {
      const before = await store.stats();
      const filters: Omit<SearchQuery, 'text'>[] = [
        {},
        { speaker: 'Ottilie Brand' },
        { stance: 'asserts' },
        { publisher: "Harbour Radio' --" },
        { from: '2031', to: '2031-12-31' },
        { limit: 1 },
      ];
      for (const text of HOSTILE) {
        for (const filter of filters) {
          const page = await store.search({ text, ...filter });
          assert.ok(Array.isArray(page.items), JSON.stringify(text).slice(0, 40));
          assert.ok(page.next === undefined || typeof page.next === 'string');
        }
      }
      assert.deepEqual(await store.stats(), before);
      assert.equal((await store.listDocuments()).items.length, before.documents);
    });

    it('never throws on hostile speaker and publisher filters', async () => {
      for (const value of HOSTILE) {
        assert.deepEqual((await store.search({ text: 'bridge', speaker: value })).items, []);
        assert.deepEqual((await store.search({ text: 'bridge', publisher: value })).items, []);
        assert.deepEqual((await store.attributions({ speaker: value })).items, []);
        assert.ok(Array.isArray((await store.figures({ what: value })).items));
      }
    });

    it('treats punctuation around words as punctuation, not syntax', async () => {
      const plain = (await store.search({ text: 'bridge' })).items;
      assert.ok(plain.length > 0);
      for (const text of [
        'bridge*',
        '"bridge',
        'bridge"',
        '(bridge)',
        '+bridge',
        '-bridge',
        '^bridge',
        '“bridge”',
        'bridge:',
      ]) {
        assert.deepEqual((await store.search({ text })).items, plain, text);
      }
      const both = (await store.search({ text: 'bridge piers' })).items;
      assert.ok(both.length > 0 && both.length < plain.length);
      for (const text of ['bridge AND piers', 'NOT bridge piers']) {
        // The operator words are words to find, and the story has no "and"-less hit for them.
        const page = await store.search({ text });
        assert.ok(
          page.items.every((h) => both.some((b) => b.docId === h.docId)),
          text,
        );
      }
    });
  });
}
