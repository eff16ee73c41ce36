/**
 * Store contract, part 7: replaceLinks is all or nothing. Links inconsistent with the
 * store (an unknown document, attribution, document entity or entity; an id given
 * twice; a span outside its document) fail with a StoreError wherever the fault stands,
 * and leave the previous links exactly as they were. Entity overrides are kept apart:
 * in the order added, through every replaceLinks, and checked before they are kept.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { StoreError, UsageError } from '../../domain/errors.ts';
import type { EntityOverride, Store, StoredLinks } from '../store.ts';
import { openWith } from './open-with.ts';
import { linkedStoryDocuments, named, storyLinks } from './story-links.ts';

type Position = StoredLinks['claims'][number]['positions'][number];

/** Everything a reader can see of the links. */
async function snapshot(store: Store, docIds: readonly string[]) {
  return {
    entities: await store.entities({ limit: 1000 }),
    vell: await store.entity('c-vell'),
    claims: await store.claims({ limit: 1000 }),
    attributions: await store.attributions({ limit: 1000 }),
    documents: await store.listDocuments({ limit: 1000 }),
    copies: await Promise.all(docIds.map((id) => store.copyOf(id))),
    overrides: await store.overrides(),
    stats: await store.stats(),
  };
}

export function linksAtomicityContract(open: () => Promise<Store>): void {
  const docs = linkedStoryDocuments();
  const links = storyLinks(docs);
  const docIds = docs.map((d) => d.document.id);
  const id = (name: string) => named(docs, name).document.id;
  const unknownDoc = 'f'.repeat(64);

  /** Valid links that differ from `links` in every part, so that any part written shows. */
  const other: StoredLinks = {
    entities: links.entities.map((e) => ({ ...e, name: `${e.name} (other)` })),
    members: links.members.slice(1),
    speakers: links.speakers.map((s) => ({ ...s, speaker: 'Someone Else' })),
    claims: links.claims.map((c) => ({ ...c, id: `other-${c.id}`, story: 'other' })),
    copies: [
      { docId: id('ledger-letter'), sourceId: id('ledger-bridge-history'), similarity: 0.5, exact: false },
    ],
    events: links.events.map((e) => ({ ...e, event: 'other' })),
  };
  const [claim] = other.claims;
  assert.ok(claim);
  const firstPosition = claim.positions[0] as Position;
  const withPosition = (p: Partial<Position>): StoredLinks['claims'] => [
    ...other.claims,
    { ...claim, id: 'z-last', positions: [...claim.positions, { ...firstPosition, ...p }] },
  ];

  const BROKEN: Record<string, Partial<StoredLinks>> = {
    'an event of an unknown document': {
      events: [...other.events, { docId: unknownDoc, event: 'e', story: 's' }],
    },
    'a copy of an unknown document': {
      copies: [
        ...other.copies,
        { docId: id('radio-festival'), sourceId: unknownDoc, similarity: 1, exact: true },
      ],
    },
    'a document copying itself': {
      copies: [
        ...other.copies,
        { docId: id('radio-festival'), sourceId: id('radio-festival'), similarity: 1, exact: true },
      ],
    },
    'a speaker link to an attribution the document lacks': {
      speakers: [...other.speakers, { docId: id('ledger-letter'), index: 1, speaker: 'Nobody' }],
    },
    'a speaker link given twice': {
      speakers: [...other.speakers, other.speakers[0] as StoredLinks['speakers'][0]],
    },
    'a speaker link to an entity the links do not define': {
      speakers: [
        ...other.speakers,
        { docId: id('ledger-letter'), index: 0, speaker: 'A. Stiles', entityId: 'c-stiles' },
      ],
    },
    'a speaker link in an unknown document': {
      speakers: [...other.speakers, { docId: unknownDoc, index: 0, speaker: 'Nobody' }],
    },
    'a member of an entity the links do not define': {
      members: [...other.members, { docId: id('ledger-bridge-closed'), local: 0, entityId: 'c-nobody' }],
    },
    'a member naming a document entity that does not exist': {
      members: [...other.members, { docId: id('post-vell-interview'), local: 3, entityId: 'c-vell' }],
    },
    'a document entity that is a member twice': {
      members: [...other.members, { docId: id('post-vell-interview'), local: 1, entityId: 'c-roe' }],
    },
    'an entity defined twice': {
      entities: [...other.entities, { ...(other.entities[0] as StoredLinks['entities'][0]) }],
    },
    'an entity of an unknown kind': {
      entities: [...other.entities, { id: 'c-odd', name: 'Odd', kind: 'planet' as 'place', aliases: [] }],
    },
    'two claims with one id': { claims: [...other.claims, { ...claim }] },
    'a claim position in an unknown document': { claims: withPosition({ docId: unknownDoc }) },
    'a claim position outside its document': { claims: withPosition({ span: { start: 5, end: 100_000 } }) },
    'a claim position of an entity the links do not define': {
      claims: withPosition({ entityId: 'c-nobody' }),
    },
    'a claim position that is no position': { claims: withPosition({ position: 'maybe' as 'neutral' }) },
    'a claim position naming an attribution its document lacks': { claims: withPosition({ attribution: 9 }) },
  };

  describe('replaceLinks atomicity', () => {
    let store: Store;
    before(async () => {
      store = await openWith(open, docs);
      await store.addOverride({ kind: 'merge', a: 'K. Vell', b: 'Kasimir Vell', by: 'wren' });
      await store.replaceLinks(links);
    });
    after(() => store.close());

    for (const [fault, parts] of Object.entries(BROKEN)) {
      it(`fails with a StoreError on ${fault}, leaving the previous links intact`, async () => {
        const before = await snapshot(store, docIds);
        await assert.rejects(store.replaceLinks({ ...other, ...parts }), StoreError);
        assert.deepStrictEqual(await snapshot(store, docIds), before);
      });
    }

    it('is usable after a failure: the next replaceLinks goes through', async () => {
      await assert.rejects(
        store.replaceLinks({ ...other, ...BROKEN['an event of an unknown document'] }),
        StoreError,
      );
      await store.replaceLinks(other);
      assert.deepEqual(
        (await store.claims()).items.map((c) => c.story),
        other.claims.map(() => 'other'),
      );
      assert.ok((await store.entities()).items.every((e) => e.name.endsWith('(other)')));
      await store.replaceLinks(links);
      assert.equal((await store.entity('c-vell'))?.name, 'Kasimir Vell');
    });
  });

  describe('entity overrides', () => {
    it('are none at first, then kept in the order added, with who and when', async () => {
      const store = await open();
      try {
        assert.deepEqual(await store.overrides(), []);
        const first: EntityOverride = {
          kind: 'merge',
          a: 'K. Vell',
          b: 'Kasimir Vell',
          by: 'wren.hallam',
          at: '2031-04-10T09:00:00.000Z',
        };
        const start = Date.now();
        await store.addOverride(first);
        await store.addOverride({ kind: 'split', a: 'Brand', by: 'wren.hallam' });
        await store.addOverride({ kind: 'merge', a: 'Zoe Aberg', b: 'Zoë Äberg' });
        await store.addOverride({
          kind: 'split',
          a: 'the engineer',
          b: 'Kasimir Vell',
          at: '2031-04-11T10:00:00.000Z',
        });
        const [one, two, three, four, ...rest] = await store.overrides();
        assert.deepEqual(rest, []);
        assert.deepStrictEqual(one, first);
        assert.deepStrictEqual(
          { ...two, at: undefined },
          { kind: 'split', a: 'Brand', by: 'wren.hallam', at: undefined },
        );
        assert.deepStrictEqual(
          { ...three, at: undefined },
          { kind: 'merge', a: 'Zoe Aberg', b: 'Zoë Äberg', at: undefined },
        );
        for (const o of [two, three]) {
          const at = Date.parse(o?.at ?? '');
          assert.ok(at >= start - 1000 && at <= Date.now() + 1000, `added now: ${o?.at}`);
        }
        assert.deepStrictEqual(four, {
          kind: 'split',
          a: 'the engineer',
          b: 'Kasimir Vell',
          at: '2031-04-11T10:00:00.000Z',
        });
      } finally {
        await store.close();
      }
    });

    it('outlive every replaceLinks, failed or not', async () => {
      const store = await openWith(open, docs);
      try {
        await store.addOverride({ kind: 'merge', a: 'K. Vell', b: 'Kasimir Vell', by: 'wren' });
        const kept = await store.overrides();
        await store.replaceLinks(links);
        await assert.rejects(
          store.replaceLinks({ ...other, ...BROKEN['two claims with one id'] }),
          StoreError,
        );
        await store.replaceLinks({
          entities: [],
          members: [],
          speakers: [],
          claims: [],
          copies: [],
          events: [],
        });
        assert.deepStrictEqual(await store.overrides(), kept);
      } finally {
        await store.close();
      }
    });

    it('refuses a malformed override with a UsageError and keeps nothing of it', async () => {
      const store = await open();
      try {
        const malformed = [
          { kind: 'merge', a: 'K. Vell' },
          { kind: 'merge', a: 'K. Vell', b: '  ' },
          { kind: 'split', a: '' },
          { kind: 'rename', a: 'K. Vell', b: 'Kasimir Vell' },
          { kind: 'split', a: 'Brand', at: 'yesterday' },
          { kind: 'split', a: 42 },
        ] as unknown as EntityOverride[];
        for (const o of malformed) await assert.rejects(store.addOverride(o), UsageError, JSON.stringify(o));
        assert.deepEqual(await store.overrides(), []);
      } finally {
        await store.close();
      }
    });
  });
}
