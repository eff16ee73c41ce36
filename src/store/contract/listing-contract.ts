/**
 * Store contract, part 2: listing documents (order, summaries, cursor pagination) and
 * what every paged listing does with bad page requests: a malformed limit or a cursor
 * that was not handed out by the same listing is a UsageError, never a crash.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UsageError } from '../../domain/errors.ts';
import { storyDocuments } from '../contract-fixtures.ts';
import { syntheticDocuments } from './synthetic-documents.ts';
import type { Page, PageRequest, Store } from '../store.ts';
import { collectPages } from './collect-pages.ts';
import { expectedOrder, orderKey } from './expected-order.ts';
import { openWith } from './open-with.ts';

type Listing = (store: Store, page: PageRequest) => Promise<Page<unknown>>;

const LISTINGS: Record<string, Listing> = {
  listDocuments: (s, p) => s.listDocuments(p),
  attributions: (s, p) => s.attributions(p),
  figures: (s, p) => s.figures(p),
  search: (s, p) => s.search({ ...p, text: 'quarry' }),
};

export function listingContract(open: () => Promise<Store>): void {
  describe('listDocuments', () => {
    const story = storyDocuments();
    const synthetic = syntheticDocuments(23);
    let store: Store;
    before(async () => {
      store = await openWith(open, [...synthetic, ...story]);
    });
    after(() => store.close());

    it('lists newest first, undated last, then by name, with the summary fields', async () => {
      const storyOnly = await openWith(open, story);
      try {
        const page = await storyOnly.listDocuments();
        assert.equal(page.next, undefined);
        const expected = expectedOrder(story);
        assert.deepEqual(
          page.items.map((d) => d.name),
          expected.map((d) => d.document.name),
        );
        for (const [i, item] of page.items.entries()) {
          const d = expected[i]?.document;
          assert.ok(d);
          const { addedAt, ...rest } = item;
          assert.deepStrictEqual(rest, {
            id: d.id,
            name: d.name,
            uri: d.uri,
            ...(d.title === undefined ? {} : { title: d.title }),
            ...(d.published === undefined ? {} : { published: d.published }),
            ...(d.publisher === undefined ? {} : { publisher: d.publisher }),
            ...(d.syndicatedFrom === undefined ? {} : { syndicatedFrom: d.syndicatedFrom }),
          });
          assert.ok(!Number.isNaN(Date.parse(addedAt)), `addedAt ${addedAt} is a timestamp`);
        }
      } finally {
        await storyOnly.close();
      }
    });

    for (const limit of [1, 2, 7, 27, 28, 1000]) {
      it(`pages through ${story.length + synthetic.length} documents ${limit} at a time, losing and repeating none`, async () => {
        const all = [...synthetic, ...story];
        const { items, pages } = await collectPages((cursor) =>
          store.listDocuments({ limit, ...(cursor === undefined ? {} : { cursor }) }),
        );
        assert.equal(pages, Math.max(1, Math.ceil(all.length / limit)));
        assert.deepEqual(new Set(items.map((d) => d.id)).size, all.length);
        assert.deepEqual(
          items.map((d) => orderKey(d.published, d.name)),
          expectedOrder(all).map((d) => orderKey(d.document.published, d.document.name)),
        );
      });
    }

    it('keeps its place when documents are added between pages', async () => {
      const late = syntheticDocuments(30).slice(23);
      const grown = await openWith(open, [...synthetic, ...story]);
      try {
        const start = await grown.listDocuments({ limit: 5 });
        assert.ok(start.next);
        for (const doc of late) await grown.addDocument(doc);
        const rest = await collectPages((cursor) =>
          grown.listDocuments({ limit: 5, cursor: cursor ?? (start.next as string) }),
        );
        const seen = [...start.items, ...rest.items].map((d) => d.id);
        assert.equal(new Set(seen).size, seen.length, 'no document twice');
        for (const doc of [...synthetic, ...story])
          assert.ok(seen.includes(doc.document.id), doc.document.name);
      } finally {
        await grown.close();
      }
    });
  });

  describe('page requests', () => {
    let store: Store;
    before(async () => {
      store = await openWith(open, syntheticDocuments(12));
    });
    after(() => store.close());

    for (const [name, listing] of Object.entries(LISTINGS)) {
      it(`${name}: a limit that is not a positive integer is a UsageError`, async () => {
        for (const limit of [0, -1, 1.5, Number.NaN]) {
          await assert.rejects(listing(store, { limit }), UsageError, `limit ${limit}`);
        }
      });

      it(`${name}: a cursor it did not hand out is a UsageError`, async () => {
        const garbage = [
          'garbage!!',
          'x',
          '%%%%',
          'eyJ9',
          'a'.repeat(5000),
          Buffer.from('[1,2]').toString('base64url'),
        ];
        for (const cursor of garbage) {
          await assert.rejects(listing(store, { limit: 2, cursor }), UsageError, cursor.slice(0, 20));
        }
        for (const [other, otherListing] of Object.entries(LISTINGS)) {
          if (other === name) continue;
          const { next } = await otherListing(store, { limit: 1 });
          assert.ok(next, `${other} has a second page`);
          await assert.rejects(listing(store, { limit: 2, cursor: next }), UsageError, `cursor of ${other}`);
        }
      });

      it(`${name}: a tampered cursor gives a page or a UsageError, nothing else`, async () => {
        const { next } = await listing(store, { limit: 3 });
        assert.ok(next);
        const variants = [
          next.slice(0, -1),
          next.slice(1),
          `${next}A`,
          next.toUpperCase(),
          next.toLowerCase(),
        ];
        for (let i = 0; i < next.length; i++) {
          variants.push(`${next.slice(0, i)}${next[i] === 'A' ? 'B' : 'A'}${next.slice(i + 1)}`);
        }
        for (const cursor of variants) {
          try {
            const page = await listing(store, { limit: 3, cursor });
            assert.ok(Array.isArray(page.items));
          } catch (err) {
            assert.ok(err instanceof UsageError, `cursor ${cursor}: ${String(err)}`);
          }
        }
      });
    }
  });
}
