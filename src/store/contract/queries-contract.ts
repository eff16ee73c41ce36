/**
 * Store contract, part 3: attributions and figures with their documents; filters,
 * order, pagination, and the texts cut from the document (an attribution's content and
 * source, a figure's sentence).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { storyDocuments } from '../contract-fixtures.ts';
import { syntheticDocuments } from './synthetic-documents.ts';
import type { AttributionRow, FigureRow, Store, StoredDocument } from '../store.ts';
import { collectPages } from './collect-pages.ts';
import { expectedAttributions } from './expected-attributions.ts';
import { expectedOrder, orderKey } from './expected-order.ts';
import { openWith } from './open-with.ts';

function docFields(d: StoredDocument['document']) {
  return {
    docId: d.id,
    docName: d.name,
    ...(d.published === undefined ? {} : { published: d.published }),
    ...(d.publisher === undefined ? {} : { publisher: d.publisher }),
  };
}

const CONTEXTS: Record<string, string> = {
  '1,200': 'Some 1,200 vehicles cross the bridge every day.',
  'between 3 and 4.5 million crowns':
    'He told the Ledger that repairs could cost between 3 and 4.5 million crowns.',
  'three weeks':
    'Ottilie Brand said on Harbour Radio that temporary supports would be installed within three weeks.',
  '14 steel props': '- Temporary supports: 14 steel props',
  '300 carts': 'Dr. Ansel Grieve, the town historian, said it carried 300 carts a day across the Marrow.',
};

function expectedFigures(docs: readonly StoredDocument[]): FigureRow[] {
  return expectedOrder(docs).flatMap(({ document: d, figures }) =>
    figures.map((f) => {
      const cut = d.text.slice(f.span.start, f.span.end);
      const context = CONTEXTS[cut];
      assert.ok(context, `fixture: no expected context for ${cut}`);
      return { ...f, ...docFields(d), context };
    }),
  );
}

/** Each document's rows stand together, in the order of their spans. */
function assertGroupedInOrder(rows: readonly AttributionRow[]): void {
  const done = new Set<string>();
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    if (prev?.docId === row.docId) {
      assert.ok(prev.content.start < row.content.start, `${row.docName}: attributions out of order`);
    } else {
      assert.ok(!done.has(row.docId), `${row.docName}: attributions not together`);
      if (prev) done.add(prev.docId);
    }
  });
}

export function queriesContract(open: () => Promise<Store>): void {
  const story = storyDocuments();
  const synthetic = syntheticDocuments(23);

  describe('attributions', () => {
    let store: Store;
    before(async () => {
      store = await openWith(open, story);
    });
    after(() => store.close());

    it('lists every attribution in document order, documents ordered as listDocuments orders them', async () => {
      const page = await store.attributions();
      assert.equal(page.next, undefined);
      assert.deepStrictEqual(page.items, expectedAttributions(story));
    });

    it('filters by speaker, case-insensitively, also beyond ASCII', async () => {
      const all = expectedAttributions(story);
      for (const speaker of ['Kasimir Vell', 'kasimir vell', 'KASIMIR VELL', 'Zoë Äberg', 'ZOË ÄBERG']) {
        const page = await store.attributions({ speaker });
        const want = all.filter((a) => a.speaker?.toLowerCase() === speaker.toLowerCase());
        assert.ok(want.length > 0);
        assert.deepStrictEqual(page.items, want, speaker);
      }
      assert.deepEqual((await store.attributions({ speaker: 'Nobody Atall' })).items, []);
      assert.deepEqual((await store.attributions({ speaker: "' OR 1=1 --" })).items, []);
    });

    it('filters by stance, by document, and by all at once', async () => {
      const all = expectedAttributions(story);
      for (const stance of ['asserts', 'denies', 'confirms', 'disputes', 'reports'] as const) {
        assert.deepStrictEqual(
          (await store.attributions({ stance })).items,
          all.filter((a) => a.stance === stance),
        );
      }
      for (const { document: d } of story) {
        assert.deepStrictEqual(
          (await store.attributions({ docId: d.id })).items,
          all.filter((a) => a.docId === d.id),
        );
      }
      const [ledger] = story;
      assert.ok(ledger);
      const both = await store.attributions({
        docId: ledger.document.id,
        speaker: 'kasimir vell',
        stance: 'reports',
      });
      assert.deepEqual(
        both.items.map((a) => a.contentText),
        ['that repairs could cost between 3 and 4.5 million crowns'],
      );
      assert.deepEqual((await store.attributions({ docId: 'no-such-document' })).items, []);
    });
  });

  describe('attributions over many documents', () => {
    let store: Store;
    before(async () => {
      store = await openWith(open, [...synthetic, ...story]);
    });
    after(() => store.close());

    for (const limit of [1, 3, 10]) {
      it(`pages ${limit} at a time, filtered or not, losing and repeating none`, async () => {
        for (const speaker of [undefined, 'Bo Tarrant', 'ines marlow']) {
          const { items } = await collectPages((cursor) =>
            store.attributions({
              limit,
              ...(speaker === undefined ? {} : { speaker }),
              ...(cursor === undefined ? {} : { cursor }),
            }),
          );
          const want = expectedAttributions([...synthetic, ...story]).filter(
            (a) => speaker === undefined || a.speaker?.toLowerCase() === speaker.toLowerCase(),
          );
          assert.equal(items.length, want.length);
          // Documents equal in date and name may come either way round, but each
          // document's attributions stay together and in their order.
          const key = (a: AttributionRow) => orderKey(a.published, a.docName);
          assert.deepEqual(items.map(key), want.map(key));
          const id = (a: AttributionRow) => `${a.docId}:${a.content.start}:${a.contentText}`;
          assert.deepEqual(items.map(id).sort(), want.map(id).sort());
          assertGroupedInOrder(items);
        }
      });
    }
  });

  describe('figures', () => {
    let store: Store;
    before(async () => {
      store = await openWith(open, story);
    });
    after(() => store.close());

    it('lists every figure with the sentence, or the line, it stands in', async () => {
      const page = await store.figures();
      assert.equal(page.next, undefined);
      assert.deepStrictEqual(page.items, expectedFigures(story));
    });

    it('filters by document', async () => {
      const all = expectedFigures(story);
      for (const { document: d } of story) {
        assert.deepStrictEqual(
          (await store.figures({ docId: d.id })).items,
          all.filter((f) => f.docId === d.id),
        );
      }
    });

    it('filters by the words of what is counted: each must begin a word, in any case', async () => {
      const whats = async (what: string) => (await store.figures({ what })).items.map((f) => f.what);
      assert.deepEqual(await whats('VEHICLES'), ['vehicles cross the bridge every day']);
      assert.deepEqual(await whats('repair cost'), ['cost of repairs']);
      assert.deepEqual(await whats('steel props'), ['steel props']);
      assert.deepEqual(await whats('pairs'), []);
      assert.deepEqual(await whats('weeks supports'), ['weeks until the temporary supports are installed']);
      assert.deepEqual(await whats('bridge vehicles zebra'), []);
      // No words at all: no filter.
      assert.equal((await store.figures({ what: ' %_* ' })).items.length, expectedFigures(story).length);
      const [ledger] = story;
      assert.ok(ledger);
      assert.deepEqual(
        (await store.figures({ docId: ledger.document.id, what: 'crowns' })).items.map((f) => f.value),
        [],
      );
      assert.deepEqual(
        (await store.figures({ docId: ledger.document.id, what: 'cost' })).items.map((f) => f.value),
        [3_000_000],
      );
    });
  });

  describe('figures over many documents', () => {
    it('pages through them, losing and repeating none', async () => {
      const store = await openWith(open, [...synthetic, ...story]);
      try {
        for (const limit of [1, 4]) {
          const { items } = await collectPages((cursor) =>
            store.figures({ limit, what: 'tonnes', ...(cursor === undefined ? {} : { cursor }) }),
          );
          assert.equal(items.length, synthetic.length);
          const want = expectedOrder(synthetic);
          assert.deepEqual(
            items.map((f) => orderKey(f.published, f.docName)),
            want.map((d) => orderKey(d.document.published, d.document.name)),
          );
          assert.deepEqual(
            items.map((f) => f.context).sort(),
            want.map((d) => `Ines Marlow said the quarry moved ${d.figures[0]?.value} tonnes.`).sort(),
          );
        }
      } finally {
        await store.close();
      }
    });
  });
}
