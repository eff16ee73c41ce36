/**
 * Times a store on synthetic documents (bench-documents.ts): addDocument throughput,
 * search latency (p50/p95 over a mix of common, middling and rare words, phrases,
 * filters and second pages), and replaceLinks over the whole collection (first linking,
 * the same links again, and a tenth of the speakers changed). Runs the PostgreSQL store
 * (in a schema of its own, dropped afterwards) and the SQLite store side by side.
 *
 *   npx node src/store/postgres/store-bench.ts [DOCUMENTS=10000] [postgres|sqlite]...
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../sqlite/open-sqlite-store.ts';
import type { MovableStore, SearchQuery, StoredLinks } from '../store.ts';
import { benchDocuments, benchLinks, SPEAKERS, VOCABULARY } from './bench-documents.ts';
import {
  dropTestSchema,
  TEST_POSTGRES_URL,
  testSchemaName,
  withTestServer,
} from './open-test-postgres-store.ts';
import { openPostgresStore } from './open-postgres-store.ts';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const kinds = args.filter((a) => a === 'postgres' || a === 'sqlite');

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await work();
  return [result, performance.now() - t0];
}

function queries(): SearchQuery[] {
  const common = VOCABULARY.slice(0, 5);
  const middling = VOCABULARY.slice(60, 65);
  const rare = VOCABULARY.slice(3000, 3005);
  return [
    ...common.map((text) => ({ text })),
    ...middling.map((text) => ({ text })),
    ...rare.map((text) => ({ text })),
    ...middling.map((w, i) => ({ text: `${w} ${common[i]}` })),
    ...rare.map((w, i) => ({ text: `${w} ${middling[i]} ${common[i]}` })),
    ...common.map((text, i) => ({ text, speaker: SPEAKERS[i * 3] as string })),
    ...middling.map((text) => ({ text, stance: 'denies' as const })),
    ...common.map((text, i) => ({ text, publisher: `Publisher ${i}` })),
    ...middling.map((text) => ({ text, from: '2023', to: '2025-06' })),
    ...common.map((w, i) => ({ text: `"${w}-${middling[i]}"`, limit: 20 })),
  ];
}

async function bench(name: string, store: MovableStore, after?: () => Promise<void>): Promise<void> {
  const docs = benchDocuments(count);
  console.log(`\n${name}: ${count} documents, 20 attributions and 100 mentions each`);
  const [, addMs] = await time(async () => {
    for (const doc of docs) await store.addDocument(doc);
  });
  console.log(
    `  addDocument     ${((count / addMs) * 1000).toFixed(0)} docs/s (${(addMs / 1000).toFixed(1)} s)`,
  );
  await after?.();
  const searchMs: number[] = [];
  let hits = 0;
  for (let round = 0; round < 3; round++) {
    for (const q of queries()) {
      const [page, ms] = await time(() => store.search(q));
      hits += page.items.length;
      searchMs.push(ms);
      if (page.next !== undefined) {
        const [, next] = await time(() => store.search({ ...q, cursor: page.next as string }));
        searchMs.push(next);
      }
    }
  }
  searchMs.sort((a, b) => a - b);
  console.log(
    `  search          p50 ${percentile(searchMs, 50).toFixed(1)} ms, p95 ${percentile(searchMs, 95).toFixed(1)} ms, ` +
      `max ${percentile(searchMs, 100).toFixed(1)} ms (${searchMs.length} queries, ${hits} hits)`,
  );
  const links = benchLinks(docs);
  const changed: StoredLinks = {
    ...links,
    speakers: links.speakers.map((s, i) => (i % 10 === 0 ? { ...s, speaker: `${s.speaker} Jr` } : s)),
  };
  for (const [what, l] of [
    ['first', links],
    ['same again', links],
    ['10% changed', changed],
  ] as const) {
    const [, ms] = await time(() => store.replaceLinks(l));
    console.log(
      `  replaceLinks    ${(ms / 1000).toFixed(2)} s (${what}: ${l.members.length} members, ${l.speakers.length} speakers, ${l.claims.length} claims)`,
    );
  }
  const [, listMs] = await time(() => store.attributions({ speaker: SPEAKERS[5] as string, limit: 50 }));
  console.log(`  attributions by speaker, linked: ${listMs.toFixed(1)} ms`);
}

for (const kind of kinds.length > 0 ? kinds : ['postgres', 'sqlite']) {
  if (kind === 'postgres') {
    const schema = testSchemaName();
    const store = await openPostgresStore(TEST_POSTGRES_URL, { schema });
    try {
      // Measured as loaded; statistics are then gathered as autovacuum would within a minute.
      await bench('PostgreSQL', store, () =>
        withTestServer(async (c) => {
          await c.query(`ANALYZE ${schema}.documents, ${schema}.attributions, ${schema}.attribution_words`);
        }),
      );
    } finally {
      await store.close();
      await dropTestSchema(schema);
    }
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'claimtrail-bench-'));
    const store = await openSqliteStore(join(dir, 'bench.db'));
    try {
      await bench('SQLite', store);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
}
