/**
 * What the work-queue tests share: a folder of invented articles (the fictional story of
 * examples/story, and made-up reports from a made-up town), a fresh PostgreSQL schema per
 * test, the reference ledger an inline SQLite ingest makes of the folder, and counts read
 * straight from the queue's tables.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ledgerDigest, type LedgerDigest } from '../src/app/ledger-digest.ts';
import { main } from '../src/cli/main.ts';
import { dropTestSchema, TEST_POSTGRES_URL, testSchemaName, withTestServer } from '../src/store/postgres/open-test-postgres-store.ts';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.ts';
import { fakeIo } from './fake-io.ts';
import { fictionalArticle } from './fictional-articles.ts';
import { seededRandom } from './seeded-random.ts';

const STORY = fileURLToPath(new URL('../examples/story/', import.meta.url));

/** A new folder holding the story's nine articles and `extra` invented reports; remove() deletes it. */
export function articleFolder(extra: number, seed = 4242): { dir: string; count: number; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-queue-'));
  const story = readdirSync(STORY).filter((f) => f.endsWith('.txt'));
  for (const f of story) copyFileSync(join(STORY, f), join(dir, f));
  const rnd = seededRandom(seed);
  for (let i = 0; i < extra; i++) writeFileSync(join(dir, `velm-${String(i).padStart(3, '0')}.txt`), fictionalArticle(i, rnd));
  return { dir, count: story.length + extra, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A store location in a schema of its own on the test server; drop() removes the schema. */
export function testPostgres(): { url: string; schema: string; drop(): Promise<void> } {
  const schema = testSchemaName();
  return { url: `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}schema=${schema}`, schema, drop: () => dropTestSchema(schema) };
}

/** The ledger `claimtrail ingest` makes of `dir` in an SQLite store, extracting and linking inline. */
export async function inlineLedger(dir: string): Promise<LedgerDigest> {
  const db = join(dir, 'inline.db');
  const io = fakeIo(dir);
  const code = await main(['ingest', '--store', db, dir], io);
  if (code !== 0) throw new Error(`inline ingest failed (${code}): ${io.err()}`);
  const store = await openSqliteStore(db);
  try {
    return await ledgerDigest(store);
  } finally {
    await store.close();
    rmSync(db, { force: true });
    rmSync(`${db}.archive`, { recursive: true, force: true });
  }
}

export interface QueueCounts {
  readonly documents: number;
  readonly jobs: number;
  readonly dead: number;
  /** Rows of extract_done, and how many distinct documents they name. */
  readonly done: number;
  readonly doneDistinct: number;
  readonly wanted: number;
  readonly linked: number;
}

export function queueCounts(schema: string): Promise<QueueCounts> {
  return withTestServer(async (c) => {
    const { rows } = await c.query(`SELECT
      (SELECT count(*) FROM ${schema}.documents)::int AS documents,
      (SELECT count(*) FROM ${schema}.extract_jobs WHERE state = 'ready')::int AS jobs,
      (SELECT count(*) FROM ${schema}.extract_jobs WHERE state = 'dead')::int AS dead,
      (SELECT count(*) FROM ${schema}.extract_done)::int AS done,
      (SELECT count(DISTINCT doc_id) FROM ${schema}.extract_done)::int AS "doneDistinct",
      (SELECT wanted FROM ${schema}.link_state)::int AS wanted,
      (SELECT linked FROM ${schema}.link_state)::int AS linked`);
    return rows[0] as QueueCounts;
  });
}
