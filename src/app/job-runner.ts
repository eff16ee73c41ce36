import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { secrets } from './secrets.ts';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** A background job as the API shows it (GET /api/jobs/:id). */
export interface JobView {
  readonly id: string;
  readonly kind: string;
  readonly status: JobStatus;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  /** What the job reported last: counts, the current item. */
  readonly progress: Readonly<Record<string, number | string>>;
  readonly result?: unknown;
  readonly error?: { readonly code: string; readonly message: string };
}

export interface JobContext {
  progress(p: Readonly<Record<string, number | string>>): void;
  readonly signal: AbortSignal;
}

export interface JobRunner {
  /** Queues `work` and returns at once; jobs run one at a time, in order. */
  start(kind: string, createdBy: string, work: (ctx: JobContext) => Promise<unknown>, cleanup?: () => void): JobView;
  get(id: string): JobView | undefined;
  /** Newest first. */
  list(): readonly JobView[];
  /** Resolves when no job is queued or running (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops taking jobs, aborts the running one, runs every cleanup. */
  close(): Promise<void>;
}

export interface JobRunnerOptions {
  readonly now?: () => Date;
  /** How a failure is shown: the API's one error mapping, so that no internals leak. */
  readonly describeError: (err: unknown) => { readonly code: string; readonly message: string };
  /** Finished jobs kept for polling; older ones are forgotten (and cleaned up). */
  readonly keep?: number;
}

interface Entry {
  view: JobView;
  work: (ctx: JobContext) => Promise<unknown>;
  cleanup?: (() => void) | undefined;
}

/**
 * Background jobs in this process (ingest, link, verify, export): a request queues one
 * and returns 202 with its id; the client polls. Jobs run one after another, because
 * each writes the store or the archive and linking must see a finished ingest. Kept in
 * memory: a restarted server forgets its jobs (what they wrote stays, with its custody).
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const now = options.now ?? (() => new Date());
  const keep = options.keep ?? 200;
  const jobs = new Map<string, Entry>();
  const queue: Entry[] = [];
  const controller = new AbortController();
  let running: Promise<void> | undefined;
  let closed = false;

  const set = (e: Entry, change: Partial<JobView>): void => {
    e.view = { ...e.view, ...change };
  };
  const forgetOld = (): void => {
    const done = [...jobs.values()].filter((e) => e.view.status === 'succeeded' || e.view.status === 'failed');
    for (const e of done.slice(0, Math.max(0, done.length - keep))) {
      jobs.delete(e.view.id);
      e.cleanup?.();
    }
  };
  const drain = async (): Promise<void> => {
    for (let e = queue.shift(); e && !closed; e = queue.shift()) {
      const entry = e;
      // Let the request that queued the job answer before the work starts.
      await yieldToLoop();
      set(entry, { status: 'running', startedAt: now().toISOString() });
      try {
        const result = await entry.work({ progress: (p) => set(entry, { progress: { ...p } }), signal: controller.signal });
        set(entry, { status: 'succeeded', finishedAt: now().toISOString(), ...(result === undefined ? {} : { result }) });
      } catch (err) {
        set(entry, { status: 'failed', finishedAt: now().toISOString(), error: options.describeError(err) });
      }
      forgetOld();
    }
    running = undefined;
  };

  return {
    start(kind, createdBy, work, cleanup) {
      if (closed) throw new Error('the job runner is closed');
      const entry: Entry = { view: { id: secrets.id(), kind, status: 'queued', createdBy, createdAt: now().toISOString(), progress: {} }, work, cleanup };
      jobs.set(entry.view.id, entry);
      queue.push(entry);
      running ??= drain();
      return entry.view;
    },
    get: (id) => jobs.get(id)?.view,
    list: () => [...jobs.values()].map((e) => e.view).reverse(),
    async idle() {
      while (running) await running;
    },
    async close() {
      closed = true;
      queue.length = 0;
      controller.abort();
      await running;
      for (const e of jobs.values()) e.cleanup?.();
      jobs.clear();
    },
  };
}
