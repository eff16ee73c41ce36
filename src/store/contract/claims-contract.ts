/**
 * Store contract, part 9: claims. The most positions first, then by id; each with its
 * positions in the order linking gave them, each position with its evidence cut from the
 * document. Filters by story and by an entity taking a position, and cursor pagination.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ClaimQuery, Store, StoredClaim, StoredLinks } from '../store.ts';
import { collectPages } from './collect-pages.ts';
import { openWith } from './open-with.ts';
import { quarryLinked } from './quarry-links.ts';
import { linkedStoryDocuments, storyLinks } from './story-links.ts';

/** The claims of `links` in listing order. */
function expectedClaims(links: StoredLinks): StoredClaim[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...links.claims].sort((a, b) => b.positions.length - a.positions.length || cmp(a.id, b.id));
}

export function claimsContract(open: () => Promise<Store>): void {
  const docs = linkedStoryDocuments();
  const links = storyLinks(docs);

  describe('claims', () => {
    let store: Store;
    before(async () => {
      store = await openWith(open, docs);
      await store.replaceLinks(links);
    });
    after(() => store.close());
    const ids = async (query: ClaimQuery) => (await store.claims(query)).items.map((c) => c.id);

    it('lists claims with the most positions first, then by id, each with its positions and evidence', async () => {
      const page = await store.claims();
      assert.equal(page.next, undefined);
      assert.deepStrictEqual(page.items, expectedClaims(links));
      assert.deepEqual(
        page.items.map((c) => c.id),
        ['c-closure', 'c-warnings', 'a-history', 'c-festival'],
      );
      const [closure] = page.items;
      assert.deepEqual(
        closure?.positions.map((p) => p.attribution),
        [0, 0, 1],
      );
      assert.deepEqual(
        closure?.positions.map((p) => [p.speaker, p.position, p.doc, p.entityId, p.text]),
        [
          [
            'Kasimir Vell',
            'supports',
            'post-vell-interview',
            'c-vell',
            'the Hollin Bridge could stay shut until autumn',
          ],
          [
            'Ottilie Brand',
            'opposes',
            'post-bridge-reopen',
            'c-brand',
            'that temporary supports would be installed within three weeks',
          ],
          [
            'Kasimir Vell',
            'neutral',
            'ledger-bridge-closed',
            'c-vell',
            'the cracks were "older than anyone admits"',
          ],
        ],
      );
    });

    it('gives one claim by id', async () => {
      for (const c of links.claims) assert.deepStrictEqual(await store.claim(c.id), c);
      for (const id of ['no-such-claim', '', "' OR 1=1 --"]) assert.equal(await store.claim(id), undefined);
    });

    it('filters by an entity taking a position, by story, and by both', async () => {
      assert.deepEqual(await ids({ entityId: 'c-vell' }), ['c-closure', 'c-warnings']);
      assert.deepEqual(await ids({ entityId: 'c-zoe' }), ['c-festival']);
      assert.deepEqual(await ids({ entityId: 'c-ledger' }), []);
      assert.deepEqual(await ids({ entityId: 'no-such-entity' }), []);
      assert.deepEqual(await ids({ story: 'hollin-bridge' }), ['c-closure', 'c-warnings']);
      assert.deepEqual(await ids({ story: 'hollin-history' }), ['a-history']);
      assert.deepEqual(await ids({ story: 'Hollin-Bridge' }), []);
      assert.deepEqual(await ids({ entityId: 'c-roe', story: 'hollin-bridge' }), ['c-warnings']);
      assert.deepEqual(await ids({ entityId: 'c-roe', story: 'marrowby-festival' }), []);
    });
  });

  describe('claim evidence', () => {
    it('is cut from the document, whatever text the links carried', async () => {
      const store = await openWith(open, docs);
      try {
        const garbled: StoredLinks = {
          ...links,
          claims: links.claims.map((c) => ({
            ...c,
            positions: c.positions.map((p) => ({ ...p, text: 'garbled' })),
          })),
        };
        await store.replaceLinks(garbled);
        assert.deepStrictEqual((await store.claims()).items, expectedClaims(links));
      } finally {
        await store.close();
      }
    });
  });

  describe('claims over many documents', () => {
    const { docs: quarry, links: quarryLinks } = quarryLinked(23);
    let store: Store;
    before(async () => {
      store = await openWith(open, quarry);
      await store.replaceLinks(quarryLinks);
    });
    after(() => store.close());

    for (const limit of [1, 2, 5]) {
      it(`pages ${limit} at a time, filtered or not, losing and repeating none`, async () => {
        const all = expectedClaims(quarryLinks);
        const takes = (c: StoredClaim, entityId: string) => c.positions.some((p) => p.entityId === entityId);
        const queries: [ClaimQuery, (c: StoredClaim) => boolean][] = [
          [{}, () => true],
          [{ story: 'quarry-1' }, (c) => c.story === 'quarry-1'],
          [{ entityId: 'bo-a' }, (c) => takes(c, 'bo-a')],
          [{ entityId: 'ines', story: 'quarry-2' }, (c) => c.story === 'quarry-2' && takes(c, 'ines')],
        ];
        for (const [query, keep] of queries) {
          const want = all.filter(keep);
          assert.ok(want.length > 2 * limit || limit === 5, `fixture: ${JSON.stringify(query)} spans pages`);
          const { items, pages } = await collectPages((cursor) =>
            store.claims({ ...query, limit, ...(cursor === undefined ? {} : { cursor }) }),
          );
          assert.equal(pages, Math.ceil(want.length / limit), JSON.stringify(query));
          assert.deepStrictEqual(items, want, JSON.stringify(query));
        }
      });
    }
  });
}
