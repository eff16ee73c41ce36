/**
 * Store contract, part 6: replaceLinks and what it changes. Linking gives attributions
 * their canonical speaker and entity (in rows, in the speaker and entity filters, in
 * search's speaker filter) and document summaries their copy, event and story; it never
 * changes a document or its analysis; a second replaceLinks replaces the first whole.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Store, StoredLinks } from '../store.ts';
import { collectPages } from './collect-pages.ts';
import { expectedAttributions } from './expected-attributions.ts';
import { expectedOrder } from './expected-order.ts';
import { openWith } from './open-with.ts';
import { INES, quarryLinked } from './quarry-links.ts';
import { linkedStoryDocuments, named, storyLinks } from './story-links.ts';

const NO_LINKS: StoredLinks = { entities: [], members: [], speakers: [], claims: [], copies: [], events: [] };

export function linksContract(open: () => Promise<Store>): void {
  const docs = linkedStoryDocuments();
  const links = storyLinks(docs);
  const id = (name: string) => named(docs, name).document.id;
  const contents = (rows: readonly { contentText: string }[]) => rows.map((r) => r.contentText);

  describe('before any linking', () => {
    it('has no entities, claims or copies; attributions and summaries are as added', async () => {
      const store = await openWith(open, docs);
      try {
        assert.deepEqual(await store.entities(), { items: [] });
        assert.deepEqual(await store.claims(), { items: [] });
        assert.equal(await store.entity('c-vell'), undefined);
        assert.equal(await store.claim('c-closure'), undefined);
        assert.equal(await store.copyOf(id('post-bridge-reopen')), undefined);
        assert.deepStrictEqual((await store.attributions()).items, expectedAttributions(docs));
        for (const d of (await store.listDocuments()).items) {
          assert.deepEqual([d.copyOf, d.event, d.story], [undefined, undefined, undefined]);
        }
        // The document's own speaker is what the speaker filters see.
        assert.equal((await store.attributions({ speaker: 'k. vell' })).items.length, 2);
        assert.deepEqual((await store.attributions({ entityId: 'c-vell' })).items, []);
        assert.equal((await store.search({ text: 'autumn', speaker: 'K. VELL' })).items.length, 1);
      } finally {
        await store.close();
      }
    });

    it('accepts empty links on an empty store', async () => {
      const store = await open();
      try {
        await store.replaceLinks(NO_LINKS);
        assert.deepEqual(await store.entities(), { items: [] });
      } finally {
        await store.close();
      }
    });
  });

  describe('after replaceLinks', () => {
    let store: Store;
    before(async () => {
      store = await openWith(open, docs);
      await store.replaceLinks(links);
    });
    after(() => store.close());

    it('gives attributions their linked speaker and entity, and leaves unlinked ones as they were', async () => {
      const page = await store.attributions();
      assert.equal(page.next, undefined);
      assert.deepStrictEqual(page.items, expectedAttributions(docs, links));
      const interview = page.items.filter((a) => a.docName === 'post-vell-interview');
      assert.deepEqual(
        interview.map((a) => [a.speaker, a.entityId]),
        [
          ['Kasimir Vell', 'c-vell'],
          ['Kasimir Vell', 'c-vell'],
        ],
      );
      const [letter] = page.items.filter((a) => a.docName === 'ledger-letter');
      assert.equal(letter?.speaker, 'Aurelio Stiles');
      assert.ok(letter && !('entityId' in letter));
    });

    it('changes no document and no part of its analysis', async () => {
      for (const doc of docs) assert.deepStrictEqual(await store.getDocument(doc.document.id), doc);
      assert.deepEqual(await store.stats(), {
        documents: docs.length,
        attributions: docs.reduce((n, d) => n + d.attributions.length, 0),
        figures: docs.reduce((n, d) => n + d.figures.length, 0),
        mentions: docs.reduce((n, d) => n + d.mentions.length, 0),
      });
    });

    it('filters attributions by the linked speaker, case-insensitively, and by entity', async () => {
      const all = expectedAttributions(docs, links);
      const vell = all.filter((a) => a.entityId === 'c-vell');
      assert.equal(vell.length, 5);
      assert.deepStrictEqual((await store.attributions({ speaker: 'KASIMIR vell' })).items, vell);
      assert.deepStrictEqual((await store.attributions({ entityId: 'c-vell' })).items, vell);
      // The name the document used is no longer the speaker.
      assert.deepEqual((await store.attributions({ speaker: 'K. Vell' })).items, []);
      assert.deepEqual(contents((await store.attributions({ speaker: 'aurelio stiles' })).items), [
        'the bridge has been creaking for years and nobody listened',
      ]);
      assert.deepEqual(
        contents((await store.attributions({ entityId: 'c-vell', stance: 'reports' })).items),
        ['that repairs could cost between 3 and 4.5 million crowns'],
      );
      const interview = id('post-vell-interview');
      assert.deepEqual(
        contents((await store.attributions({ entityId: 'c-vell', docId: interview, limit: 1 })).items),
        ['the Hollin Bridge could stay shut until autumn'],
      );
      assert.deepEqual((await store.attributions({ entityId: 'c-roe', speaker: 'Kasimir Vell' })).items, []);
      assert.deepEqual((await store.attributions({ entityId: 'no-such-entity' })).items, []);
      assert.deepEqual((await store.attributions({ entityId: "' OR 1=1 --" })).items, []);
    });

    it('filters search hits by the linked speaker', async () => {
      const labels = async (text: string, speaker: string) =>
        (await store.search({ text, speaker })).items.map((h) => `${h.docName}#${h.attribution}`);
      assert.deepEqual(await labels('autumn', 'kasimir vell'), ['post-vell-interview#0']);
      assert.deepEqual(await labels('autumn', 'K. Vell'), []);
      assert.deepEqual(await labels('piers', 'Kasimir Vell'), [
        'post-vell-interview#1',
        'post-bridge-reopen#1',
      ]);
      assert.deepEqual(await labels('creaking', 'Aurelio Stiles'), ['ledger-letter#0']);
    });

    it('gives document summaries their copy, event and story, and tells what a document copies', async () => {
      const summaries = (await store.listDocuments()).items;
      assert.equal(summaries.length, docs.length);
      for (const s of summaries) {
        const copy = links.copies.find((c) => c.docId === s.id);
        const event = links.events.find((e) => e.docId === s.id);
        assert.deepEqual(
          { copyOf: s.copyOf, event: s.event, story: s.story },
          { copyOf: copy?.sourceId, event: event?.event, story: event?.story },
          s.name,
        );
        assert.ok(
          !('copyOf' in s) || copy !== undefined,
          'no copyOf property on a document that copies none',
        );
        assert.deepEqual(
          await store.copyOf(s.id),
          copy && { sourceId: copy.sourceId, similarity: copy.similarity, exact: copy.exact },
        );
      }
      assert.equal(await store.copyOf('no-such-document'), undefined);
      assert.deepEqual(
        expectedOrder(docs).map((d) => d.document.id),
        summaries.map((s) => s.id),
      );
    });
  });

  describe('replacing links', () => {
    it('replaces them whole: nothing of the first links is left after the second', async () => {
      const store = await openWith(open, docs);
      try {
        await store.replaceLinks(links);
        // One speaker renamed: only that attribution changes.
        const renamed: StoredLinks = {
          ...links,
          speakers: links.speakers.map((s, i) => (i === 0 ? { ...s, speaker: 'Ottilie M. Brand' } : s)),
        };
        await store.replaceLinks(renamed);
        assert.deepStrictEqual((await store.attributions()).items, expectedAttributions(docs, renamed));
        assert.deepEqual(contents((await store.attributions({ speaker: 'ottilie m. brand' })).items), [
          `"We cannot take any risks with people's lives,"`,
        ]);
        const ledger = id('ledger-bridge-closed');
        const second: StoredLinks = {
          entities: [{ id: 'k-vell', name: 'Kasimir A. Vell', kind: 'person', aliases: ['Vell'] }],
          members: [{ docId: id('post-vell-interview'), local: 0, entityId: 'k-vell' }],
          speakers: [{ docId: ledger, index: 1, speaker: 'Kasimir A. Vell', entityId: 'k-vell' }],
          claims: [
            {
              id: 'c-older',
              text: 'the cracks are older than admitted',
              story: 'hollin-bridge',
              positions: [
                {
                  ...(links.claims[1]?.positions[2] as StoredLinks['claims'][0]['positions'][0]),
                  entityId: 'k-vell',
                },
              ],
            },
          ],
          copies: [{ docId: id('post-vell-interview'), sourceId: ledger, similarity: 1, exact: true }],
          events: [{ docId: ledger, event: 'cracks-found', story: 'hollin-bridge' }],
        };
        await store.replaceLinks(second);
        assert.deepEqual((await store.entities()).items, [
          { ...second.entities[0], mentions: 3, statements: 1 },
        ]);
        assert.equal(await store.entity('c-vell'), undefined);
        assert.deepEqual(
          (await store.claims()).items.map((c) => c.id),
          ['c-older'],
        );
        assert.equal(await store.claim('c-closure'), undefined);
        assert.deepStrictEqual((await store.attributions()).items, expectedAttributions(docs, second));
        assert.deepEqual((await store.attributions({ entityId: 'c-vell' })).items, []);
        assert.equal(await store.copyOf(id('post-bridge-reopen')), undefined);
        assert.deepEqual(await store.copyOf(id('post-vell-interview')), {
          sourceId: ledger,
          similarity: 1,
          exact: true,
        });
        const summaries = (await store.listDocuments()).items;
        assert.deepEqual(
          summaries
            .filter((s) => s.event !== undefined || s.story !== undefined || s.copyOf !== undefined)
            .map((s) => [s.name, s.copyOf, s.event, s.story]),
          [
            ['post-vell-interview', ledger, undefined, undefined],
            ['ledger-bridge-closed', undefined, 'cracks-found', 'hollin-bridge'],
          ],
        );
        // Empty links undo linking altogether.
        await store.replaceLinks(NO_LINKS);
        assert.deepEqual(await store.entities(), { items: [] });
        assert.deepEqual(await store.claims(), { items: [] });
        assert.deepStrictEqual((await store.attributions()).items, expectedAttributions(docs));
        assert.equal((await store.attributions({ speaker: 'k. vell' })).items.length, 2);
        for (const s of (await store.listDocuments()).items) {
          assert.deepEqual([s.copyOf, s.event, s.story], [undefined, undefined, undefined]);
        }
      } finally {
        await store.close();
      }
    });
  });

  describe('linked attributions over many documents', () => {
    it('pages through them by entity and by linked speaker, in search too, losing and repeating none', async () => {
      const { docs: quarry, links: quarryLinks } = quarryLinked(23);
      const store = await openWith(open, quarry);
      try {
        await store.replaceLinks(quarryLinks);
        const all = expectedAttributions(quarry, quarryLinks);
        const key = (a: { docId: string; content: { start: number } }) => `${a.docId}:${a.content.start}`;
        for (const limit of [1, 4, 7]) {
          for (const query of [{ entityId: 'ines' }, { entityId: 'bo-b' }, { speaker: INES.toUpperCase() }]) {
            const { items, pages } = await collectPages((cursor) =>
              store.attributions({ ...query, limit, ...(cursor === undefined ? {} : { cursor }) }),
            );
            const want = all.filter((a) =>
              'speaker' in query ? a.speaker === INES : a.entityId === query.entityId,
            );
            assert.equal(pages, Math.ceil(want.length / limit), `${JSON.stringify(query)} limit ${limit}`);
            assert.deepEqual(items.map(key).sort(), want.map(key).sort());
            assert.deepEqual(
              items.map((a) => a.published ?? ''),
              want.map((a) => a.published ?? ''),
            );
          }
          const hits = await collectPages((cursor) =>
            store.search({
              text: 'quarry',
              speaker: INES,
              limit,
              ...(cursor === undefined ? {} : { cursor }),
            }),
          );
          assert.equal(hits.items.length, quarry.length);
          assert.ok(hits.items.every((h) => h.field === 'attribution' && h.attribution === 0));
        }
        assert.deepEqual((await store.search({ text: 'quarry', speaker: 'Ines Marlow' })).items, []);
      } finally {
        await store.close();
      }
    });
  });
}
