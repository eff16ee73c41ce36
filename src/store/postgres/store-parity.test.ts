/**
 * The SQLite and PostgreSQL stores, given the same documents and links, answer every
 * query alike: the same search hits for the same plain text (words beyond ASCII,
 * phrases like "don't", words in titles only, query syntax of both engines, filters),
 * the same listings, entities and claims, page by page. The contract states what the
 * answers must be; this checks, over many more queries, that the two never differ.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { storyDocuments } from '../contract-fixtures.ts';
import { quarryLinked } from '../contract/quarry-links.ts';
import { spanOf } from '../contract/span-of.ts';
import { openSqliteStore } from '../sqlite/open-sqlite-store.ts';
import type { MovableStore, Page, PageRequest, SearchQuery, StoredDocument } from '../store.ts';
import { openTestPostgresStore } from './open-test-postgres-store.ts';

const ODD_TEXT = `Don't say the U.S. officials won't come: "don t" is not "dont".
In Zürich, ZURICH and zürich the crowd said Zoe's café was naïve. 東京 会議 is two words here.
Figures: 1,200 and 4.5 million; e-mail and email; co-operate. The piers' survey.
${'Quarrystone'.repeat(300)} ends a very long word.`;

function oddDocument(): StoredDocument {
  const t = ODD_TEXT;
  return {
    document: {
      id: 'parity-odd'.padEnd(64, '0'),
      name: 'parity-odd',
      uri: 'file:///parity-odd',
      mediaType: 'text/plain',
      text: t,
      encoding: 'utf-8',
      byteLength: Buffer.byteLength(t),
      title: 'Phrases, titles and the harbourmaster',
      published: '2031-04-09T12:00:00Z',
      publisher: 'Quarry Weekly',
    },
    boilerplate: [],
    mentions: [],
    entities: [],
    attributions: [
      {
        kind: 'indirect',
        content: spanOf(t, "Zoe's café was naïve"),
        cue: spanOf(t, 'said'),
        source: spanOf(t, 'the crowd'),
        speaker: 'Ines Marlow',
        stance: 'asserts',
      },
      {
        kind: 'direct',
        content: spanOf(t, '"don t" is not "dont"'),
        cue: null,
        source: null,
        speaker: 'Bo Tarrant',
        stance: 'disputes',
      },
    ],
    figures: [{ value: 1200, span: spanOf(t, '1,200'), what: 'people in the crowd' }],
    dates: [],
    diagnostics: [],
  };
}

const TEXTS = [
  'quarry',
  'bridge',
  'the',
  'hollin bridge',
  "don't",
  'don t',
  'dont',
  "won't come",
  'U.S.',
  'u s officials',
  'zurich',
  'ZÜRICH',
  'zoe cafe',
  "Zoe's",
  'naive',
  '東京',
  '会議',
  '1,200',
  '4.5',
  'e-mail',
  'email',
  'co-operate',
  "piers'",
  'harbourmaster',
  'phrases harbourmaster',
  `${'quarrystone'.repeat(300)}`,
  'quarrystone',
  'dust worse',
  'worse dust',
  'moved tonnes',
  '"quarry moved"',
  'AND',
  'NOT quarry',
  'quarry OR bridge',
  'bridge & piers | !cracks',
  'bridge:* <-> piers',
  'NEAR(bridge piers, 3)',
  'title:bridge',
  "'; DROP TABLE documents; --",
  '\u0000quarry',
  'ﬁre',
  '',
  '*',
];

const FILTERS: Omit<SearchQuery, 'text'>[] = [
  {},
  { speaker: 'ines marlow' },
  { speaker: 'Kasimir Vell' },
  { stance: 'disputes' },
  { publisher: 'Quarry Weekly' },
  { from: '2030-01-04', to: '2031-04' },
  { to: '2030' },
];

async function all<T>(listing: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await listing({ limit: 4, ...(cursor === undefined ? {} : { cursor }) });
    items.push(...page.items);
    cursor = page.next;
  } while (cursor !== undefined);
  return items;
}

describe('SQLite and PostgreSQL answer alike', () => {
  const { docs: quarry, links } = quarryLinked(23);
  const docs = [...quarry, ...storyDocuments(), oddDocument()];
  let sqlite: MovableStore;
  let postgres: MovableStore;
  before(async () => {
    sqlite = await openSqliteStore(':memory:');
    postgres = await openTestPostgresStore();
    for (const store of [sqlite, postgres]) {
      for (const doc of docs) await store.addDocument(doc, { addedAt: '2031-05-01T00:00:00.000Z' });
      await store.replaceLinks(links);
    }
  });
  after(async () => {
    await sqlite?.close();
    await postgres?.close();
  });

  it('gives the same search hits, page by page, for every text and filter', async () => {
    let hits = 0;
    for (const text of TEXTS) {
      for (const filter of FILTERS) {
        const query = { text, ...filter };
        const want = await all((p) => sqlite.search({ ...query, ...p }));
        assert.deepStrictEqual(
          await all((p) => postgres.search({ ...query, ...p })),
          want,
          JSON.stringify(query),
        );
        hits += want.length;
      }
    }
    assert.ok(hits > 200, `the queries find something (${hits} hits)`);
  });

  it('gives the same listings, entities and claims', async () => {
    const listings: [string, (s: MovableStore, p: PageRequest) => Promise<Page<unknown>>][] = [
      ['documents', (s, p) => s.listDocuments(p)],
      ['attributions', (s, p) => s.attributions(p)],
      ['attributions by speaker', (s, p) => s.attributions({ ...p, speaker: 'BO TARRANT' })],
      ['attributions by entity', (s, p) => s.attributions({ ...p, entityId: 'bo-a' })],
      ['figures', (s, p) => s.figures(p)],
      ['figures by words', (s, p) => s.figures({ ...p, what: 'tonne' })],
      ['entities', (s, p) => s.entities(p)],
      ['entities by words', (s, p) => s.entities({ ...p, q: 'quarry b' })],
      ['claims', (s, p) => s.claims(p)],
      ['claims by entity', (s, p) => s.claims({ ...p, entityId: 'ines' })],
    ];
    for (const [name, listing] of listings) {
      assert.deepStrictEqual(
        await all((p) => listing(postgres, p)),
        await all((p) => listing(sqlite, p)),
        name,
      );
    }
    assert.deepStrictEqual(await postgres.links(), await sqlite.links());
    assert.deepStrictEqual(await postgres.stats(), await sqlite.stats());
  });
});
