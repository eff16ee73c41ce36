/**
 * Store contract, part 4: full-text search over article text (title and body) and
 * attribution content. Every word must occur, in any case; hits come newest document
 * first, a document's own hit before its attributions' hits in document order; speaker
 * and stance filters keep attribution hits only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UsageError } from '../../domain/errors.ts';
import { storyDocuments } from '../contract-fixtures.ts';
import { syntheticDocuments } from './synthetic-documents.ts';
import type { SearchHit, SearchQuery, Store } from '../store.ts';
import { collectPages } from './collect-pages.ts';
import { expectedOrder, inOrder, orderKey } from './expected-order.ts';
import { openWith } from './open-with.ts';

const story = storyDocuments();
const [ledger, , radio, , letter] = story;

/** A hit as `name` (document hit) or `name#index` (attribution hit). */
const label = (h: SearchHit) => (h.field === 'document' ? h.docName : `${h.docName}#${h.attribution}`);

export function searchContract(open: () => Promise<Store>): void {
  describe('search', () => {
    let store: Store;
    before(async () => {
      store = await openWith(open, story);
    });
    after(() => store.close());
    const labels = async (query: SearchQuery) => (await store.search(query)).items.map(label);

    it('finds words in article text and in attribution content, document hit first', async () => {
      assert.deepEqual(await labels({ text: 'cracks' }), ['ledger-bridge-closed', 'ledger-bridge-closed#1']);
      assert.deepEqual(await labels({ text: 'festival' }), ['post-bridge-reopen', 'radio-festival']);
    });

    it('requires every word, in any case, and finds words in the title', async () => {
      assert.deepEqual(await labels({ text: 'hollin BRIDGE' }), [
        'post-bridge-reopen',
        'radio-festival',
        'radio-festival#0',
        'ledger-bridge-closed',
        'ledger-bridge-history',
      ]);
      assert.deepEqual(await labels({ text: 'Hollin zebra' }), []);
      assert.deepEqual(await labels({ text: 'ÄBERG' }), ['radio-festival']);
      // "feels" is only in the title of the festival story.
      const [hit, ...rest] = (await store.search({ text: 'feels' })).items;
      assert.deepEqual(rest, []);
      assert.equal(hit?.docId, radio?.document.id);
      assert.match(hit?.snippet ?? '', /feels/i);
    });

    it('describes each hit: document, title, date, snippet, and for attributions their index and span', async () => {
      const hits = (await store.search({ text: 'cracks' })).items;
      const [docHit, attHit] = hits;
      assert.ok(docHit && attHit && ledger);
      const d = ledger.document;
      assert.deepEqual(
        { ...docHit, snippet: '' },
        {
          docId: d.id,
          docName: d.name,
          title: d.title,
          published: d.published,
          field: 'document',
          snippet: '',
        },
      );
      assert.deepEqual(
        { ...attHit, snippet: '' },
        {
          docId: d.id,
          docName: d.name,
          title: d.title,
          published: d.published,
          field: 'attribution',
          snippet: '',
          attribution: 1,
          span: ledger.attributions[1]?.content,
        },
      );
      for (const hit of hits) {
        assert.match(hit.snippet, /cracks/i);
        assert.ok(hit.snippet.length < 300, hit.snippet);
      }
      assert.ok(d.text.replace(/\s+/g, ' ').includes(docHit.snippet.replace(/^…|…$/g, '')));
      assert.equal(attHit.snippet, 'the cracks were "older than anyone admits"');
      const [untitled] = (await store.search({ text: 'creaking' })).items;
      assert.deepEqual(untitled && { ...untitled, snippet: '' }, {
        docId: letter?.document.id,
        docName: 'ledger-letter',
        field: 'document',
        snippet: '',
      });
    });

    it('filters by speaker (case-insensitively) and stance, keeping attribution hits only', async () => {
      assert.deepEqual(await labels({ text: 'supports' }), ['post-bridge-reopen', 'post-bridge-reopen#0']);
      assert.deepEqual(await labels({ text: 'supports', speaker: 'OTTILIE BRAND' }), [
        'post-bridge-reopen#0',
      ]);
      assert.deepEqual(await labels({ text: 'supports', speaker: 'Kasimir Vell' }), []);
      assert.deepEqual(await labels({ text: 'piers', stance: 'disputes' }), ['post-bridge-reopen#1']);
      assert.deepEqual(await labels({ text: 'piers', stance: 'asserts' }), []);
      assert.deepEqual(await labels({ text: 'piers survey', speaker: 'kasimir vell', stance: 'disputes' }), [
        'post-bridge-reopen#1',
      ]);
    });

    it('filters by publisher', async () => {
      assert.deepEqual(await labels({ text: 'piers', publisher: 'The Marrowby Ledger' }), [
        'ledger-bridge-closed',
        'ledger-bridge-history',
      ]);
      assert.deepEqual(await labels({ text: 'visitors', publisher: 'Harbour Radio' }), [
        'radio-festival',
        'radio-festival#0',
      ]);
      assert.deepEqual(await labels({ text: 'visitors', publisher: 'Fenwick Daily Post' }), []);
    });

    it('filters by published date, both ends inclusive, leaving out undated documents', async () => {
      const docs = async (q: Omit<SearchQuery, 'text'>) =>
        (await store.search({ text: 'bridge', ...q })).items.filter((h) => h.field === 'document').map(label);
      assert.deepEqual(await docs({}), [
        'post-bridge-reopen',
        'radio-festival',
        'ledger-bridge-closed',
        'ledger-bridge-history',
        'ledger-letter',
      ]);
      assert.deepEqual(await docs({ from: '2031-04-09' }), ['post-bridge-reopen', 'radio-festival']);
      assert.deepEqual(await docs({ to: '2031-04-09', from: '2031-04-09' }), [
        'post-bridge-reopen',
        'radio-festival',
      ]);
      assert.deepEqual(await docs({ to: '2031-04-02' }), ['ledger-bridge-closed', 'ledger-bridge-history']);
      assert.deepEqual(await docs({ to: '2031-04' }), [
        'post-bridge-reopen',
        'radio-festival',
        'ledger-bridge-closed',
        'ledger-bridge-history',
      ]);
      assert.deepEqual(await docs({ from: '2031-04-03', to: '2031-04-08' }), []);
      assert.deepEqual(await labels({ text: 'visitors', from: '2031-04-10' }), []);
      for (const bad of ['yesterday', '2031-4-9', "2031' OR 1=1"]) {
        await assert.rejects(store.search({ text: 'bridge', from: bad }), UsageError, bad);
        await assert.rejects(store.search({ text: 'bridge', to: bad }), UsageError, bad);
      }
    });

    it('orders hits like listDocuments, each document hit before its attribution hits', async () => {
      const hits = (await store.search({ text: 'the' })).items;
      assert.ok(hits.length > story.length);
      const byId = new Map(story.map((s) => [s.document.id, s.document]));
      hits.forEach((hit, i) => {
        const prev = hits[i - 1];
        if (!prev) return;
        if (prev.docId === hit.docId) {
          assert.equal(hit.field, 'attribution');
          assert.ok((prev.attribution ?? -1) < (hit.attribution ?? -1));
        } else {
          const a = byId.get(prev.docId);
          const b = byId.get(hit.docId);
          assert.ok(a && b && inOrder(a, b), `${prev.docName} before ${hit.docName}`);
        }
      });
    });

    it('gives an empty page for text without words', async () => {
      for (const text of ['', '   ', '\t\n', '*', '--', '""', '()']) {
        assert.deepEqual(await store.search({ text }), { items: [] }, JSON.stringify(text));
      }
    });
  });

  describe('search over many documents', () => {
    it('pages through every hit, losing and repeating none', async () => {
      const synthetic = syntheticDocuments(23);
      const store = await openWith(open, [...synthetic, ...story]);
      try {
        const everything = (await store.search({ text: 'quarry', limit: 1000 })).items;
        // Each synthetic document matches, and so does its first attribution.
        assert.equal(everything.length, synthetic.length * 2);
        assert.deepEqual(
          everything.filter((h) => h.field === 'document').map((h) => orderKey(h.published, h.docName)),
          expectedOrder(synthetic).map((d) => orderKey(d.document.published, d.document.name)),
        );
        for (const limit of [1, 5, 45, 46]) {
          const { items } = await collectPages((cursor) =>
            store.search({ text: 'Quarry', limit, ...(cursor === undefined ? {} : { cursor }) }),
          );
          assert.deepEqual(items, everything, `limit ${limit}`);
        }
        const filtered = await collectPages((cursor) =>
          store.search({ text: 'quarry', limit: 4, speaker: 'ines marlow', ...(cursor ? { cursor } : {}) }),
        );
        assert.deepEqual(
          filtered.items,
          everything.filter((h) => h.field === 'attribution'),
        );
      } finally {
        await store.close();
      }
    });

    it('pages through a word in hundreds of documents in the same order', async () => {
      // a word this common may be searched another way than a rare one (walking documents in
      // order rather than sorting the matches): the answer must not change
      const synthetic = syntheticDocuments(620);
      const store = await openWith(open, synthetic);
      try {
        const { items } = await collectPages((cursor) => store.search({ text: 'quarry', limit: 97, ...(cursor === undefined ? {} : { cursor }) }));
        assert.equal(items.length, synthetic.length * 2);
        assert.deepEqual(
          items.filter((h) => h.field === 'document').map((h) => orderKey(h.published, h.docName)),
          expectedOrder(synthetic).map((d) => orderKey(d.document.published, d.document.name)),
        );
        // "moved 17 tonnes" in quarry report 7 (its text and its attribution), "Quarry report 17"
        const rare = (await store.search({ text: 'quarry 17', limit: 10 })).items;
        assert.deepEqual(new Set(rare.map((h) => h.docName)), new Set([synthetic[7]?.document.name, synthetic[17]?.document.name]));
        assert.equal(rare.length, 3);
      } finally {
        await store.close();
      }
    });
  });
}
