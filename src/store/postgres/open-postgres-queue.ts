/**
 * The work queue (../work-queue.ts) in the store's own PostgreSQL schema: tables
 * extract_jobs, extract_job_starts, extract_done and link_state (migration 3), so that a
 * store and its queue are one thing to back up, and test schemas keep theirs apart. Why
 * a table and SKIP LOCKED rather than a queue library: docs/scale.md. Taking jobs:
 * take-jobs.ts. Linking takes a session-level advisory lock, which the server releases
 * when the holder's connection ends, however it ends.
 */
import { z } from 'zod';
import { StoreError, UsageError } from '../../domain/errors.ts';
import type { DeadLetter, LinkLease, LinkState, QueueStatus, WorkQueue } from '../work-queue.ts';
import { applyMigrations } from './apply-migrations.ts';
import { migrations } from './migrations.ts';
import { parseLocation, redactedUrl } from './open-postgres-store.ts';
import { parseRow } from './parse-row.ts';
import { pgPool } from './pg-pool.ts';
import type { PgPool, Queryable } from './pg-pool.ts';
import { takeJobs, type TakeHooks } from './take-jobs.ts';

export interface PostgresQueueOptions {
  /** Set by a worker: its connections are named `cw:SCHEMA:NAME`, which is how status counts workers. */
  readonly worker?: string;
  /** Connections (default 4): a take holds two at once. */
  readonly poolSize?: number;
  readonly hooks?: TakeHooks;
}

/** The first key of the two-part advisory lock: "CTLK", so as not to meet other applications' locks. */
const LINK_LOCK_CLASS = 0x43544c4b;
const ROWS_PER_INSERT = 100;

const count = z.int().nonnegative();
const when = z.date().nullable();
const iso = (d: Date | null): string | undefined => (d === null ? undefined : d.toISOString());

const statusRow = z.object({
  ready: count,
  retrying: count,
  dead: count,
  done: count,
  done_1: count,
  done_15: count,
  workers: count,
  oldest: when,
});
const linkRow = z.object({
  wanted: count,
  linked: count,
  wanted_since: when,
  linked_at: when,
  link_seconds: z.number().nullable(),
  linked_documents: count.nullable(),
});
const deadRow = z.object({ doc_id: z.string(), name: z.string(), uri: z.string(), attempts: count, last_error: z.string().nullable(), failed_at: z.date() });
const pendingRow = z.object({ due: count, later: count });

const STATUS = `SELECT
  (SELECT count(*) FROM extract_jobs WHERE state = 'ready' AND run_at <= now()) AS ready,
  (SELECT count(*) FROM extract_jobs WHERE state = 'ready' AND run_at > now()) AS retrying,
  (SELECT count(*) FROM extract_jobs WHERE state = 'dead') AS dead,
  (SELECT count(*) FROM extract_done) AS done,
  (SELECT count(*) FROM extract_done WHERE finished_at > now() - interval '1 minute') AS done_1,
  (SELECT count(*) FROM extract_done WHERE finished_at > now() - interval '15 minutes') AS done_15,
  (SELECT count(DISTINCT application_name) FROM pg_stat_activity
    WHERE datname = current_database() AND starts_with(application_name, $1)) AS workers,
  (SELECT min(enqueued_at) FROM extract_jobs WHERE state = 'ready') AS oldest`;
const PENDING = `SELECT count(*) FILTER (WHERE run_at <= now()) AS due, count(*) FILTER (WHERE run_at > now()) AS later
  FROM extract_jobs WHERE state = 'ready'`;
const LINK_STATE = 'SELECT wanted, linked, wanted_since, linked_at, link_seconds, linked_documents FROM link_state WHERE id = 1';
const LINKED = `UPDATE link_state SET linked = greatest(linked, $1), linked_at = now(), link_seconds = $2, linked_documents = $3,
  wanted_since = CASE WHEN wanted <= $1 THEN NULL ELSE now() END WHERE id = 1`;
const DEAD = `SELECT doc_id, name, uri, attempts, last_error, failed_at FROM extract_jobs
  WHERE state = 'dead' ORDER BY failed_at DESC, doc_id LIMIT $1`;
const REQUEUE = `WITH back AS (
  UPDATE extract_jobs SET state = 'ready', attempts = 0, run_at = now(), last_error = NULL, failed_at = NULL
  WHERE state = 'dead' RETURNING doc_id
), forgotten AS (
  DELETE FROM extract_job_starts WHERE doc_id IN (SELECT doc_id FROM back)
) SELECT count(*) AS n FROM back`;

function insertText(rows: number): string {
  const values = Array.from({ length: rows }, (_, i) => {
    const p = i * 7;
    return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}::jsonb, $${p + 7}::bytea)`;
  });
  return `INSERT INTO extract_jobs (doc_id, name, uri, media_type, captured_at, hints, bytes)
  VALUES ${values.join(', ')} ON CONFLICT (doc_id) DO NOTHING RETURNING 1 AS one`;
}

async function readLinkState(db: Queryable): Promise<LinkState> {
  const r = parseRow(linkRow, (await db.query(LINK_STATE, [], true))[0], 'link state');
  return {
    wanted: r.wanted,
    linked: r.linked,
    ...(r.wanted_since ? { wantedSince: r.wanted_since.toISOString() } : {}),
    ...(r.linked_at ? { linkedAt: r.linked_at.toISOString() } : {}),
    ...(r.link_seconds === null ? {} : { linkSeconds: r.link_seconds }),
    ...(r.linked_documents === null ? {} : { linkedDocuments: r.linked_documents }),
  };
}

export async function openPostgresQueue(url: string, options: PostgresQueueOptions = {}): Promise<WorkQueue> {
  const { connectionString, schema } = parseLocation(url, {});
  const appPrefix = `cw:${schema}:`;
  const appName = options.worker === undefined ? undefined : `${appPrefix}${options.worker}`.slice(0, 63);
  let pool: PgPool | undefined = pgPool(connectionString, schema, options.poolSize ?? 4, appName);
  try {
    await applyMigrations(pool, schema, migrations);
  } catch (err) {
    await pool.end().catch(() => {});
    if (err instanceof StoreError) throw err;
    throw new StoreError(`cannot open the work queue of ${redactedUrl(url)} (schema ${schema})`, { cause: err });
  }
  const run = async <T>(what: string, work: (pool: PgPool) => Promise<T>): Promise<T> => {
    if (pool === undefined) throw new StoreError(`${what}: the queue is closed`);
    try {
      return await work(pool);
    } catch (err) {
      if (err instanceof UsageError || err instanceof StoreError) throw err;
      throw new StoreError(`${what} failed`, { cause: err });
    }
  };

  return {
    enqueue: (originals) =>
      run('enqueue', async (db) => {
        let added = 0;
        for (let i = 0; i < originals.length; i += ROWS_PER_INSERT) {
          const chunk = originals.slice(i, i + ROWS_PER_INSERT);
          const params = chunk.flatMap(({ id, raw }) => [id, raw.name, raw.uri, raw.mediaType, raw.capturedAt ?? null, raw.hints ?? null, Buffer.from(raw.bytes.buffer, raw.bytes.byteOffset, raw.bytes.byteLength)]);
          added += (await db.query(insertText(chunk.length), params, chunk.length === ROWS_PER_INSERT)).length;
        }
        return added;
      }),
    take: (takeOptions, work) => run('taking jobs', (db) => takeJobs(db, takeOptions, work, options.hooks)),
    pending: () => run('pending', async (db) => parseRow(pendingRow, (await db.query(PENDING, [], true))[0], 'pending count')),
    status: () =>
      run('status', async (db): Promise<QueueStatus> => {
        const r = parseRow(statusRow, (await db.query(STATUS, [appPrefix]))[0], 'queue status');
        const oldest = iso(r.oldest);
        return {
          ready: r.ready,
          retrying: r.retrying,
          dead: r.dead,
          done: r.done,
          doneLastMinute: r.done_1,
          doneLast15Minutes: r.done_15,
          workers: r.workers,
          link: await readLinkState(db),
          ...(oldest ? { oldestReady: oldest } : {}),
        };
      }),
    linkState: () => run('link state', (db) => readLinkState(db)),
    deadLetters: (limit = 100) =>
      run('dead letters', async (db) =>
        (await db.query(DEAD, [limit])).map((row): DeadLetter => {
          const r = parseRow(deadRow, row, 'dead letter');
          return { id: r.doc_id, name: r.name, uri: r.uri, attempts: r.attempts, reason: r.last_error ?? '', failedAt: r.failed_at.toISOString() };
        }),
      ),
    requeueDead: () => run('requeue', async (db) => parseRow(z.object({ n: count }), (await db.query(REQUEUE))[0], 'count').n),
    exclusiveLink: (work) =>
      run('link lock', (db) =>
        db.session(async (session) => {
          const key = [LINK_LOCK_CLASS, `claimtrail-link:${schema}`];
          const [got] = await session.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS got', key);
          if (got?.['got'] !== true) return undefined;
          try {
            const lease: LinkLease = {
              state: () => readLinkState(session),
              linked: async (generation, seconds, documents) => {
                await session.query(LINKED, [generation, seconds, documents]);
              },
            };
            return { value: await work(lease) };
          } finally {
            await session.query('SELECT pg_advisory_unlock($1, hashtext($2))', key);
          }
        }),
      ),
    close: async () => {
      if (pool === undefined) return;
      const closing = pool;
      pool = undefined;
      await closing.end();
    },
  };
}
