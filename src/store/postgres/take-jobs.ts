/**
 * Taking extraction jobs from the queue and settling them, as ONE transaction:
 *
 * 1. The due jobs are locked, FOR UPDATE SKIP LOCKED, so that workers taking at the same
 *    time get different jobs and none waits for another.
 * 2. Their start counts go up on another connection, committed at once: a worker that dies
 *    from here on (its transaction rolled back by the server when its connection drops)
 *    still counted the try, so a job that kills every worker ends as a dead letter.
 * 3. The work runs (outside the database) while the rows stay locked.
 * 4. Each document is written (one statement each), the jobs done are deleted and recorded
 *    in extract_done and the linking generation goes up (one statement), failures are put
 *    off with exponential backoff or made dead letters.
 * 5. COMMIT, waiting for the disk. Until then nothing of the take is visible; after it,
 *    all of it is. A job is thus applied exactly once however often it is delivered;
 *    its document id is its SHA-256 as well, so even a document added by another path
 *    meanwhile is not stored twice.
 *
 * Round trips are what a take costs besides the work (each wakes the server and the
 * worker; in a VM, across cores): about two per batch and one per document. So a write
 * that fails is not fenced by a savepoint (two more per document): it rolls the whole
 * take back, and a second transaction charges the failure to its job alone (retry or
 * dead letter) and gives the other jobs their start back; they are taken again at once.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { StoredDocument } from '../store.ts';
import type { ClaimedJob, JobOutcome, TakeOptions, TakeResult } from '../work-queue.ts';
import { parseRow } from './parse-row.ts';
import type { PgPool, Queryable } from './pg-pool.ts';
import { writeStoredDocument } from './write-stored-document.ts';

const CLAIM = `SELECT j.doc_id, j.name, j.uri, j.media_type, j.captured_at, j.hints, j.bytes, j.last_error
  FROM extract_jobs j
  WHERE j.state = 'ready' AND j.run_at <= now()
  ORDER BY j.run_at, j.seq
  LIMIT $1
  FOR UPDATE SKIP LOCKED`;

const COUNT_STARTS = `INSERT INTO extract_job_starts AS s (doc_id, starts, last_start)
  SELECT id, 1, now() FROM unnest($1::text[]) AS u(id)
  ON CONFLICT (doc_id) DO UPDATE SET starts = s.starts + 1, last_start = now()
  RETURNING doc_id, starts`;

// The one row every worker updates (link_state) is updated last, so it is held only until COMMIT.
const FINISH = `WITH gone AS (
  DELETE FROM extract_jobs WHERE doc_id = ANY($1::text[])
), starts AS (
  DELETE FROM extract_job_starts WHERE doc_id = ANY($1::text[])
), done AS (
  INSERT INTO extract_done (doc_id, worker, added)
  SELECT u.id, $3, u.added FROM unnest($1::text[], $2::boolean[]) AS u(id, added)
)
UPDATE link_state SET wanted = wanted + 1, wanted_since = coalesce(wanted_since, now()) WHERE id = 1 AND $4`;

const GIVE_BACK = `UPDATE extract_job_starts SET starts = starts - 1 WHERE doc_id = ANY($1::text[]) AND starts > 0`;

const RETRY = `UPDATE extract_jobs j
  SET attempts = u.attempts, run_at = now() + u.delay_ms * interval '1 millisecond', last_error = u.reason
  FROM unnest($1::text[], $2::int[], $3::float8[], $4::text[]) AS u(id, attempts, delay_ms, reason)
  WHERE j.doc_id = u.id`;

const BURY = `UPDATE extract_jobs j
  SET state = 'dead', attempts = u.attempts, last_error = u.reason, failed_at = now()
  FROM unnest($1::text[], $2::int[], $3::text[]) AS u(id, attempts, reason)
  WHERE j.doc_id = u.id`;

const hints = z
  .object({
    title: z.string().optional(),
    published: z.string().optional(),
    author: z.string().optional(),
    url: z.string().optional(),
    publisher: z.string().optional(),
  })
  .nullable();

const jobRow = z.object({
  doc_id: z.string(),
  name: z.string(),
  uri: z.string(),
  media_type: z.string(),
  captured_at: z.string().nullable(),
  hints,
  bytes: z.instanceof(Uint8Array),
  last_error: z.string().nullable(),
});
const startRow = z.object({ doc_id: z.string(), starts: z.int().positive() });

export interface TakeHooks {
  /** Fault injection for tests: wait this long with everything written, just before COMMIT. */
  readonly holdMs?: number;
}

type Settled = TakeResult['done'][number];
type Failed = TakeResult['dead'][number];

export async function takeJobs(
  pool: PgPool,
  options: TakeOptions,
  work: (jobs: readonly ClaimedJob[]) => Promise<readonly JobOutcome[]>,
  hooks: TakeHooks = {},
): Promise<TakeResult> {
  let failedWrite: WriteFailed | undefined;
  try {
    return await pool.transaction((tx) => takeIn(tx, pool, options, work, hooks));
  } catch (err) {
    if (!(err instanceof WriteFailed)) throw err;
    failedWrite = err;
  }
  // The take was rolled back: the job whose document could not be written fails this try; the others go back as they were.
  const { job, others, reason } = failedWrite;
  const failed = { id: job.id, name: job.raw.name, reason, attempts: job.attempt };
  const dead = job.attempt >= options.maxAttempts;
  await pool.transaction(async (tx) => {
    if (dead) await tx.query(BURY, [[failed.id], [failed.attempts], [failed.reason]], true);
    else await tx.query(RETRY, [[failed.id], [failed.attempts], [delayMs(options, job.attempt)], [failed.reason]], true);
    if (others.length > 0) await tx.query(GIVE_BACK, [others], true);
  });
  const one = [{ id: failed.id, name: failed.name, reason }];
  return { taken: others.length + 1, done: [], retried: dead ? [] : one, dead: dead ? one : [] };
}

const delayMs = (options: TakeOptions, attempt: number): number => Math.min(options.maxBackoffMs, options.backoffMs * 2 ** (attempt - 1));

/** A document that could not be written: thrown out of the take's transaction to roll it back. */
class WriteFailed extends Error {
  readonly job: ClaimedJob;
  readonly others: readonly string[];
  readonly reason: string;
  constructor(job: ClaimedJob, others: readonly string[], cause: unknown) {
    const reason = `writing the document failed: ${cause instanceof Error ? cause.message : String(cause)}`;
    super(reason, { cause });
    this.job = job;
    this.others = others;
    this.reason = reason;
  }
}

async function takeIn(
  tx: Queryable,
  pool: PgPool,
  options: TakeOptions,
  work: (jobs: readonly ClaimedJob[]) => Promise<readonly JobOutcome[]>,
  hooks: TakeHooks,
): Promise<TakeResult> {
  const rows = (await tx.query(CLAIM, [options.limit], true)).map((r) => parseRow(jobRow, r, 'extraction job'));
  if (rows.length === 0) return { taken: 0, done: [], retried: [], dead: [] };
  const starts = new Map(
    (await pool.query(COUNT_STARTS, [rows.map((r) => r.doc_id)], true)).map((r) => {
      const s = parseRow(startRow, r, 'job start');
      return [s.doc_id, s.starts] as const;
    }),
  );
  const dead: (Failed & { attempts: number })[] = [];
  const live: ClaimedJob[] = [];
  for (const r of rows) {
    const attempt = starts.get(r.doc_id) ?? 1;
    if (attempt > options.maxAttempts) {
      // Taken maxAttempts times already, and never settled: each time, its worker died.
      const reason =
        `taken ${attempt - 1} times without finishing: the worker died while extracting it (killed, out of memory?)` +
        (r.last_error ? `; last error: ${r.last_error}` : '');
      dead.push({ id: r.doc_id, name: r.name, reason, attempts: attempt - 1 });
      continue;
    }
    live.push({
      id: r.doc_id,
      attempt,
      raw: {
        uri: r.uri,
        name: r.name,
        bytes: r.bytes,
        mediaType: r.media_type,
        ...(r.captured_at === null ? {} : { capturedAt: r.captured_at }),
        ...(r.hints === null ? {} : { hints: r.hints }),
      },
    });
  }
  const outcomes = live.length > 0 ? await work(live) : [];
  if (outcomes.length !== live.length) throw new Error(`the work gave ${outcomes.length} outcomes for ${live.length} jobs`);

  const done: Settled[] = [];
  const retried: (Failed & { attempts: number; delayMs: number })[] = [];
  const addedAt = new Date().toISOString();
  for (const [i, job] of live.entries()) {
    const outcome = outcomes[i] as JobOutcome;
    const failure = outcome.ok ? mismatch(job, outcome.stored) : outcome;
    if (failure === undefined) {
      let added: boolean;
      try {
        added = await writeStoredDocument(tx, (outcome as { stored: StoredDocument }).stored, addedAt);
      } catch (err) {
        throw new WriteFailed(job, rows.map((r) => r.doc_id).filter((id) => id !== job.id), err);
      }
      done.push({ id: job.id, name: job.raw.name, added });
      continue;
    }
    const failed = { id: job.id, name: job.raw.name, reason: failure.reason, attempts: job.attempt };
    if (failure.permanent || job.attempt >= options.maxAttempts) dead.push(failed);
    else retried.push({ ...failed, delayMs: delayMs(options, job.attempt) });
  }

  if (retried.length > 0) {
    await tx.query(RETRY, [retried.map((r) => r.id), retried.map((r) => r.attempts), retried.map((r) => r.delayMs), retried.map((r) => r.reason)], true);
  }
  if (dead.length > 0) await tx.query(BURY, [dead.map((d) => d.id), dead.map((d) => d.attempts), dead.map((d) => d.reason)], true);
  if (done.length > 0) await tx.query(FINISH, [done.map((d) => d.id), done.map((d) => d.added), options.worker, done.some((d) => d.added)], true);
  if (hooks.holdMs) await sleep(hooks.holdMs);
  return {
    taken: rows.length,
    done,
    retried: retried.map(({ id, name, reason }) => ({ id, name, reason })),
    dead: dead.map(({ id, name, reason }) => ({ id, name, reason })),
  };
}

/** A document that is not the one its job was for fails for good. */
function mismatch(job: ClaimedJob, stored: StoredDocument): { reason: string; permanent: true } | undefined {
  if (stored.document.id === job.id) return undefined;
  return { reason: `the document's id ${stored.document.id} is not the job's ${job.id}`, permanent: true };
}
