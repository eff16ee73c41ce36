import { setImmediate as yieldToLoop, setTimeout as sleep } from 'node:timers/promises';
import type { StageContext } from '../extract/stage.ts';
import type { Store } from '../store/store.ts';
import type { ClaimedJob, JobOutcome, TakeOptions, TakeResult, WorkQueue } from '../store/work-queue.ts';
import { extractJob } from './extract-job.ts';
import { linkStore, type LinkSummary } from './link-store.ts';

export interface WorkerOptions {
  /** This worker's name in the queue's records (host:pid). */
  readonly worker: string;
  /** Batches in flight at once in this process, so that one's database round trips overlap another's extraction (default 2). */
  readonly concurrency?: number;
  /** Jobs taken at once (default 8). */
  readonly batch?: number;
  /** Tries before a job becomes a dead letter (default 5). */
  readonly maxAttempts?: number;
  /** Wait before the first retry, doubled for each one after it (default 2 s), at most maxBackoffMs (default 10 min). */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Wait between looks at an empty queue (default 500 ms). */
  readonly pollMs?: number;
  /** Link even while jobs are waiting once the oldest unlinked document is this old (default 5 min). */
  readonly linkAfterMs?: number;
  /** Link the store when extraction drains (default true). */
  readonly link?: boolean;
  /** Stop once no job is left (none due, none waiting for a retry) and the store is linked. */
  readonly exitWhenDrained?: boolean;
  readonly signal?: AbortSignal;
  /** How a job is done (default extractJob); tests inject failures here. */
  readonly extract?: (job: ClaimedJob, ctx: StageContext) => JobOutcome;
  readonly onProgress?: (p: WorkerProgress) => void;
  readonly onEvent?: (e: WorkerEvent) => void;
}

export interface WorkerProgress {
  /** Jobs done: documents written (added) or found stored already. */
  readonly done: number;
  readonly added: number;
  readonly retried: number;
  readonly dead: number;
  readonly links: number;
}

export type WorkerEvent =
  | { readonly kind: 'retry' | 'dead'; readonly id: string; readonly name: string; readonly reason: string }
  | { readonly kind: 'linked'; readonly summary: LinkSummary }
  | { readonly kind: 'error'; readonly error: unknown; readonly retryInMs: number };

export interface WorkerSummary extends WorkerProgress {
  readonly seconds: number;
  readonly linkSeconds: number;
}

/** Consecutive failures of the database (not of a job) after which the worker gives up. */
const MAX_ERRORS = 6;
/** How often a busy worker looks whether linking is overdue. */
const LINK_CHECK_MS = 10_000;

/**
 * A worker: takes extraction jobs from the queue in batches, extracts them, and lets the
 * queue write them (take-jobs.ts: once each, however often delivered); failures are retried
 * with backoff, then dead letters. Linking, which is collection-wide, runs in one worker
 * at a time (the queue's link lock), once extraction has drained or the oldest unlinked
 * document is `linkAfterMs` old, and again as long as documents were added while it ran,
 * so that the last linking always saw every document. See docs/scale.md.
 */
export async function runWorker(queue: WorkQueue, store: Store, ctx: StageContext, options: WorkerOptions): Promise<WorkerSummary> {
  const t0 = performance.now();
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const link = options.link ?? true;
  const linkAfterMs = options.linkAfterMs ?? 300_000;
  const pollMs = options.pollMs ?? 500;
  const extract = options.extract ?? extractJob;
  const take: TakeOptions = {
    limit: options.batch ?? 8,
    worker: options.worker,
    maxAttempts: options.maxAttempts ?? 5,
    backoffMs: options.backoffMs ?? 2000,
    maxBackoffMs: options.maxBackoffMs ?? 600_000,
  };
  const p = { done: 0, added: 0, retried: 0, dead: 0, links: 0 };
  let linkSeconds = 0;
  const pause = (ms: number): Promise<void> => sleep(ms, undefined, { signal }).catch(() => undefined);

  const work = async (jobs: readonly ClaimedJob[]): Promise<JobOutcome[]> => {
    const out: JobOutcome[] = [];
    for (const job of jobs) {
      try {
        out.push(extract(job, ctx));
      } catch (err) {
        // A job that throws fails alone: this try of it, not the batch.
        out.push({ ok: false, reason: err instanceof Error ? err.message : String(err) });
      }
      // Extraction is synchronous: let the other batches' database replies in between documents.
      await yieldToLoop();
    }
    return out;
  };
  const record = (r: TakeResult): void => {
    p.done += r.done.length;
    p.added += r.done.filter((d) => d.added).length;
    p.retried += r.retried.length;
    p.dead += r.dead.length;
    for (const x of r.retried) options.onEvent?.({ kind: 'retry', ...x });
    for (const x of r.dead) options.onEvent?.({ kind: 'dead', ...x });
    options.onProgress?.({ ...p });
  };
  const linkIfDue = async (): Promise<void> => {
    await queue.exclusiveLink(async (lease) => {
      while (!signal.aborted) {
        const state = await lease.state();
        if (state.wanted <= state.linked) return;
        const { due } = await queue.pending();
        const overdue = state.wantedSince !== undefined && Date.now() - Date.parse(state.wantedSince) >= linkAfterMs;
        if (due > 0 && !overdue) return;
        // Every document committed before `wanted` was read is among those linkStore reads.
        const summary = await linkStore(store);
        await lease.linked(state.wanted, summary.seconds, summary.documents);
        p.links++;
        linkSeconds += summary.seconds;
        options.onEvent?.({ kind: 'linked', summary });
        options.onProgress?.({ ...p });
      }
    });
  };
  const drained = async (): Promise<boolean> => {
    const { due, later } = await queue.pending();
    if (due + later > 0) return false;
    if (!link) return true;
    const state = await queue.linkState();
    return state.wanted <= state.linked;
  };

  const lane = async (): Promise<void> => {
    let errors = 0;
    let lastLinkCheck = Date.now();
    while (!signal.aborted) {
      let idle = false;
      try {
        const r = await queue.take(take, work);
        record(r);
        if (r.taken > 0) {
          if (link && Date.now() - lastLinkCheck >= LINK_CHECK_MS) {
            lastLinkCheck = Date.now();
            await linkIfDue();
          }
        } else {
          if (link) await linkIfDue();
          if (options.exitWhenDrained && (await drained())) return;
          idle = true;
        }
        errors = 0;
      } catch (error) {
        if (++errors >= MAX_ERRORS) throw error;
        const retryInMs = Math.min(30_000, 1000 * 2 ** (errors - 1));
        options.onEvent?.({ kind: 'error', error, retryInMs });
        await pause(retryInMs);
      }
      if (idle) await pause(pollMs);
    }
  };

  const lanes = Array.from({ length: Math.max(1, options.concurrency ?? 2) }, () =>
    lane().catch((err: unknown) => {
      stop.abort();
      throw err;
    }),
  );
  const settled = await Promise.allSettled(lanes);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  return { ...p, seconds: (performance.now() - t0) / 1000, linkSeconds };
}
