/**
 * Store contract, part 10: what moving a store to another database relies on. A time of
 * adding given to addDocument is kept (a malformed one is a UsageError and adds nothing);
 * links() gives back what replaceLinks stored, with claim evidence as the store cut it,
 * and links read from one store rebuild the same links in another.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../domain/errors.ts';
import type { MovableStore, StoredLinks } from '../store.ts';
import { openWith } from './open-with.ts';
import { quarryLinked } from './quarry-links.ts';
import { linkedStoryDocuments, storyLinks } from './story-links.ts';

const NO_LINKS: StoredLinks = { entities: [], members: [], speakers: [], claims: [], copies: [], events: [] };

/** `links` with every list in one order, whatever order it was given or read in. */
function sorted(links: StoredLinks): StoredLinks {
  const by =
    <T>(key: (t: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  const pad = (n: number) => String(n).padStart(9, '0');
  return {
    entities: [...links.entities].sort(by((e) => e.id)),
    members: [...links.members].sort(by((m) => `${m.docId}#${pad(m.local)}`)),
    speakers: [...links.speakers].sort(by((s) => `${s.docId}#${pad(s.index)}`)),
    claims: [...links.claims].sort(by((c) => c.id)),
    copies: [...links.copies].sort(by((c) => c.docId)),
    events: [...links.events].sort(by((e) => e.docId)),
  };
}

export function movingContract(open: () => Promise<MovableStore>): void {
  const docs = linkedStoryDocuments();
  const links = storyLinks(docs);

  describe('addDocument with the time it was first added', () => {
    it('keeps a given time, and refuses one that is not a time', async () => {
      const store = await open();
      try {
        const [first, second, third] = docs;
        assert.ok(first && second && third);
        const at = '2029-12-31T23:59:59.123Z';
        assert.deepEqual(await store.addDocument(first, { addedAt: at }), { added: true });
        const before = Date.now();
        assert.deepEqual(await store.addDocument(second, {}), { added: true });
        for (const addedAt of ['yesterday', '', 42 as unknown as string]) {
          await assert.rejects(store.addDocument(third, { addedAt }), UsageError, String(addedAt));
        }
        assert.equal(await store.hasDocument(third.document.id), false);
        const byId = new Map((await store.listDocuments()).items.map((s) => [s.id, s.addedAt]));
        assert.equal(byId.get(first.document.id), at);
        const now = Date.parse(byId.get(second.document.id) ?? '');
        assert.ok(now >= before - 1000 && now <= Date.now() + 1000);
      } finally {
        await store.close();
      }
    });
  });

  describe('links()', () => {
    it('gives empty links before any linking and after empty links', async () => {
      const store = await openWith(open, docs);
      try {
        assert.deepEqual(await store.links(), NO_LINKS);
        await store.replaceLinks(links);
        await store.replaceLinks(NO_LINKS);
        assert.deepEqual(await store.links(), NO_LINKS);
      } finally {
        await store.close();
      }
    });

    it('gives back what replaceLinks stored, evidence cut from the documents', async () => {
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
        const back = await store.links();
        assert.deepStrictEqual(sorted(back), sorted(links));
        // Claims come in the order given, positions in theirs.
        assert.deepEqual(
          back.claims.map((c) => c.id),
          links.claims.map((c) => c.id),
        );
      } finally {
        await store.close();
      }
    });

    it('rebuilds the same links in another store', async () => {
      const { docs: quarry, links: quarryLinks } = quarryLinked(12);
      const from = await openWith(open, quarry);
      const to = await openWith(open, quarry);
      try {
        await from.replaceLinks(quarryLinks);
        await to.replaceLinks(await from.links());
        assert.deepStrictEqual(sorted(await to.links()), sorted(await from.links()));
        assert.deepStrictEqual(await to.entities({ limit: 1000 }), await from.entities({ limit: 1000 }));
        assert.deepStrictEqual(await to.claims({ limit: 1000 }), await from.claims({ limit: 1000 }));
        const rows = async (s: MovableStore) => (await s.attributions({ limit: 1000 })).items;
        assert.deepStrictEqual(await rows(to), await rows(from));
      } finally {
        await from.close();
        await to.close();
      }
    });
  });
}
