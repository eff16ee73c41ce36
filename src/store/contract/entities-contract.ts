/**
 * Store contract, part 8: entities across the collection. Most mentioned first, then by
 * name, then by id; `mentions` counts the mentions resolving to the entity, `statements`
 * the attributions it is the linked speaker of. Filters by kind and by words (each must
 * begin a word of the name or of an alias, in any case), and cursor pagination; the page
 * requests of entities and claims are checked like every other listing's.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UsageError } from '../../domain/errors.ts';
import type { EntityQuery, Page, PageRequest, Store } from '../store.ts';
import { collectPages } from './collect-pages.ts';
import { expectedEntities } from './expected-entities.ts';
import { openWith } from './open-with.ts';
import { quarryLinked } from './quarry-links.ts';
import { linkedStoryDocuments, storyLinks } from './story-links.ts';

type Listing = (store: Store, page: PageRequest) => Promise<Page<unknown>>;

const LISTINGS: Record<string, Listing> = {
  entities: (s, p) => s.entities(p),
  claims: (s, p) => s.claims(p),
  listDocuments: (s, p) => s.listDocuments(p),
  attributions: (s, p) => s.attributions(p),
};

export function entitiesContract(open: () => Promise<Store>): void {
  const docs = linkedStoryDocuments();
  const links = storyLinks(docs);

  describe('entities', () => {
    let store: Store;
    before(async () => {
      store = await openWith(open, docs);
      await store.replaceLinks(links);
    });
    after(() => store.close());
    const names = async (query: EntityQuery) => (await store.entities(query)).items.map((e) => e.name);

    it('lists entities most mentioned first, then by name, with their counts', async () => {
      const page = await store.entities();
      assert.equal(page.next, undefined);
      assert.deepStrictEqual(page.items, expectedEntities(docs, links));
      assert.deepEqual(
        page.items.map((e) => [e.name, e.mentions, e.statements]),
        [
          ['Kasimir Vell', 5, 5],
          ['Hollin Bridge', 2, 0],
          ['Ottilie Brand', 2, 2],
          ['Dagny Roe', 1, 1],
          ['The Marrowby Ledger', 1, 0],
          ['Ansel Grieve', 0, 1],
          ['Zoë Äberg', 0, 1],
        ],
      );
    });

    it('gives one entity by id', async () => {
      for (const e of expectedEntities(docs, links)) assert.deepStrictEqual(await store.entity(e.id), e);
      for (const id of ['no-such-entity', '', "' OR 1=1 --", 'C-VELL']) {
        assert.equal(await store.entity(id), undefined, JSON.stringify(id));
      }
    });

    it('finds entities by words of the name or an alias: each word must begin a word, in any case', async () => {
      assert.deepEqual(await names({ q: 'vell' }), ['Kasimir Vell']);
      assert.deepEqual(await names({ q: 'VELL' }), ['Kasimir Vell']);
      assert.deepEqual(await names({ q: 'k.' }), ['Kasimir Vell']);
      assert.deepEqual(await names({ q: 'engineer' }), ['Kasimir Vell']);
      assert.deepEqual(await names({ q: 'mayor' }), ['Ottilie Brand']);
      assert.deepEqual(await names({ q: 'otti MAYOR' }), ['Ottilie Brand']);
      assert.deepEqual(await names({ q: 'zoe' }), ['Zoë Äberg']);
      assert.deepEqual(await names({ q: 'ÄBERG' }), ['Zoë Äberg']);
      assert.deepEqual(await names({ q: 'dr. grieve' }), ['Ansel Grieve']);
      assert.deepEqual(await names({ q: 'bridge hollin' }), ['Hollin Bridge']);
      assert.deepEqual(await names({ q: 'the' }), ['Kasimir Vell', 'Hollin Bridge', 'The Marrowby Ledger']);
      assert.deepEqual(await names({ q: 'ell' }), []);
      assert.deepEqual(await names({ q: 'roe vell' }), []);
      assert.deepEqual(await names({ q: "' OR 1=1 --" }), []);
      assert.deepEqual(await names({ q: '%' }), await names({}));
      assert.deepEqual(await names({ q: '  ' }), await names({}));
    });

    it('filters by kind, alone and with words', async () => {
      assert.deepEqual(await names({ kind: 'place' }), ['Hollin Bridge']);
      assert.deepEqual(await names({ kind: 'organization' }), ['The Marrowby Ledger']);
      assert.deepEqual(await names({ kind: 'other' }), []);
      assert.deepEqual(await names({ kind: 'person', q: 'a' }), ['Ansel Grieve', 'Zoë Äberg']);
      assert.deepEqual(await names({ kind: 'place', q: 'the' }), ['Hollin Bridge']);
    });
  });

  describe('entities over many documents', () => {
    const { docs: quarry, links: quarryLinks } = quarryLinked(23);
    let store: Store;
    before(async () => {
      store = await openWith(open, quarry);
      await store.replaceLinks(quarryLinks);
    });
    after(() => store.close());

    it('counts mentions and statements, ties broken by name, then by id', async () => {
      const all = (await store.entities({ limit: 1000 })).items;
      assert.deepStrictEqual(all, expectedEntities(quarry, quarryLinks));
      const dust = all.filter((e) => e.name === 'Dust Gazette').map((e) => e.id);
      assert.deepEqual(dust, ['dust-1', 'dust-2']);
      assert.deepEqual(
        all.slice(0, 3).map((e) => [e.id, e.mentions, e.statements]),
        [
          ['ines', 23, 23],
          ['bo-a', 12, 12],
          ['bo-b', 11, 11],
        ],
      );
    });

    for (const limit of [1, 3, 5]) {
      it(`pages ${limit} at a time, filtered or not, losing and repeating none`, async () => {
        const all = expectedEntities(quarry, quarryLinks);
        const queries: [EntityQuery, (e: (typeof all)[number]) => boolean][] = [
          [{}, () => true],
          [{ kind: 'organization' }, (e) => e.kind === 'organization'],
          [{ q: 'quarry' }, (e) => /quarry/i.test([e.name, ...e.aliases].join(' '))],
          [{ q: 'board', kind: 'organization' }, (e) => e.name.startsWith('Quarry Board')],
        ];
        for (const [query, keep] of queries) {
          const want = all.filter(keep);
          const { items, pages } = await collectPages((cursor) =>
            store.entities({ ...query, limit, ...(cursor === undefined ? {} : { cursor }) }),
          );
          assert.equal(pages, Math.ceil(want.length / limit), JSON.stringify(query));
          assert.deepStrictEqual(items, want, JSON.stringify(query));
        }
      });
    }
  });

  describe('entity and claim page requests', () => {
    const { docs: quarry, links: quarryLinks } = quarryLinked(12);
    let store: Store;
    before(async () => {
      store = await openWith(open, quarry);
      await store.replaceLinks(quarryLinks);
    });
    after(() => store.close());

    for (const name of ['entities', 'claims']) {
      const listing = LISTINGS[name] as Listing;
      it(`${name}: a malformed limit or a cursor it did not hand out is a UsageError`, async () => {
        for (const limit of [0, -1, 1.5, 1001, Number.NaN]) {
          await assert.rejects(listing(store, { limit }), UsageError, `limit ${limit}`);
        }
        for (const cursor of [
          'garbage!!',
          'x',
          'eyJ9',
          'a'.repeat(5000),
          Buffer.from('[1]').toString('base64url'),
        ]) {
          await assert.rejects(listing(store, { limit: 2, cursor }), UsageError, cursor.slice(0, 20));
        }
        for (const [other, otherListing] of Object.entries(LISTINGS)) {
          if (other === name) continue;
          const { next } = await otherListing(store, { limit: 1 });
          assert.ok(next, `${other} has a second page`);
          await assert.rejects(listing(store, { limit: 2, cursor: next }), UsageError, `cursor of ${other}`);
          const own = (await listing(store, { limit: 1 })).next;
          assert.ok(own);
          await assert.rejects(
            otherListing(store, { limit: 2, cursor: own }),
            UsageError,
            `${name} cursor to ${other}`,
          );
        }
      });
    }
  });
}
