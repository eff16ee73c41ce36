/**
 * Per-stage costs for docs/scale.md: `npx node bench/stage-costs.ts [CORPUS] [--sizes 500,1000,2000]`.
 * On the BBC corpus (default ../shared/data/bbc-news/bbc), in one process:
 * - extraction: ms per document (analyse, three passes, median);
 * - PostgreSQL writes: ms per document as the store writes one (one statement), on one
 *   connection, in a fresh schema: wall time, and CPU time in this process and in the
 *   server process (from /proc); and the bytes per document the tables and indexes take;
 * - linking: linkStore's seconds on the PostgreSQL store at growing sizes (the first n
 *   documents each time, in a schema of their own).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { linkStore } from '../src/app/link-store.ts';
import { toStoredDocument } from '../src/app/to-stored-document.ts';
import type { Document } from '../src/domain/document.ts';
import { createStageContext } from '../src/extract/create-stage-context.ts';
import { analyse } from '../src/extract/pipeline.ts';
import { readDocuments } from '../src/ingest/read-documents.ts';
import { openPostgresStore } from '../src/store/postgres/open-postgres-store.ts';
import { dropTestSchema, TEST_POSTGRES_URL, testSchemaName } from '../src/store/postgres/open-test-postgres-store.ts';
import { pgPool } from '../src/store/postgres/pg-pool.ts';
import { writeStoredDocument } from '../src/store/postgres/write-stored-document.ts';
import type { StoredDocument } from '../src/store/store.ts';

const { values, positionals } = parseArgs({ options: { sizes: { type: 'string', default: '500,1000,2000' } }, allowPositionals: true });
const corpus = resolve(positionals[0] ?? '../shared/data/bbc-news/bbc');
if (!existsSync(corpus)) {
  process.stderr.write(`stage-costs: the BBC corpus is not at ${corpus} (pass its folder)\n`);
  process.exit(2);
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const log = (line: string): void => void process.stdout.write(`${line}\n`);

const docs: Document[] = [];
const seen = new Set<string>();
for await (const item of readDocuments([corpus])) {
  if (item.ok && !/^readme$/i.test(item.doc.name) && !seen.has(item.doc.id)) {
    seen.add(item.doc.id);
    docs.push(item.doc);
  }
}
log(`${docs.length} distinct BBC articles; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

const ctx = createStageContext();
let stored: StoredDocument[] = [];
const passes: number[] = [];
for (let pass = 0; pass < 3; pass++) {
  const t0 = performance.now();
  stored = docs.map((d) => toStoredDocument(analyse(d, ctx)));
  passes.push((performance.now() - t0) / docs.length);
}
log(`extraction: ${median(passes).toFixed(2)} ms/document (passes ${passes.map((p) => p.toFixed(2)).join(', ')})`);

async function fresh<T>(work: (url: string, schema: string) => Promise<T>): Promise<T> {
  const schema = testSchemaName();
  try {
    return await work(TEST_POSTGRES_URL, schema);
  } finally {
    await dropTestSchema(schema);
  }
}

/** CPU seconds a process has used so far (user + system), from /proc (Linux; we may read the server's: same machine). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

await fresh(async (url, schema) => {
  // The schema made by opening a store; then one connection, so that one server process does every write.
  await (await openPostgresStore(url, { schema, poolSize: 1 })).close();
  const pool = pgPool(url, schema, 1);
  try {
    const [row] = await pool.query('SELECT pg_backend_pid() AS pid');
    const serverPid = Number(row?.['pid']);
    const addedAt = new Date().toISOString();
    const server0 = cpuSeconds(serverPid);
    const client0 = process.cpuUsage();
    const t0 = performance.now();
    for (const s of stored) await writeStoredDocument(pool, s, addedAt);
    const wall = (performance.now() - t0) / stored.length;
    const client = process.cpuUsage(client0);
    const server = ((cpuSeconds(serverPid) - server0) * 1000) / stored.length;
    const [sizes] = await pool.query(
      `SELECT sum(pg_table_size(c.oid))::float8 AS tables, sum(pg_indexes_size(c.oid))::float8 AS indexes,
        (SELECT sum(pg_relation_size(i.indexrelid))::float8 FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
          JOIN pg_am am ON am.oid = ic.relam JOIN pg_namespace n2 ON n2.oid = ic.relnamespace WHERE n2.nspname = $1 AND am.amname = 'gin') AS gin
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
      [schema],
    );
    const kib = (key: string) => (Number(sizes?.[key]) / stored.length / 1024).toFixed(1);
    log(
      `PostgreSQL writes (one document a statement, one connection): ${wall.toFixed(2)} ms/document wall; CPU ${((client.user + client.system) / 1000 / stored.length).toFixed(2)} ms ` +
        `in the client (encoding, word folding), ${server.toFixed(2)} ms in the server; on disk ${kib('tables')} KiB tables + ${kib('indexes')} KiB indexes ` +
        `per document (full-text GIN ${kib('gin')} KiB)`,
    );
  } finally {
    await pool.end();
  }
});

for (const n of values.sizes.split(',').map(Number).filter((n) => n <= stored.length)) {
  await fresh(async (url, schema) => {
    const store = await openPostgresStore(url, { schema, poolSize: 4 });
    try {
      for (const s of stored.slice(0, n)) await store.addDocument(s);
      const summary = await linkStore(store);
      log(`linking ${n} documents on PostgreSQL: ${summary.seconds.toFixed(1)} s (${summary.entities} entities, ${summary.claims} claims, ${summary.copies} copies)`);
    } finally {
      await store.close();
    }
  });
}
