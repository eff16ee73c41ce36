import type { RawDocument } from '../domain/raw-document.ts';
import type { StoredDocument } from './store.ts';

/** An original waiting to be extracted: its bytes and what its source knew, under its SHA-256. */
export interface QueuedOriginal {
  /** SHA-256 of `raw.bytes`: the id of the document it becomes, and the job's key. */
  readonly id: string;
  readonly raw: RawDocument;
}

/** A job as a worker gets it. */
export interface ClaimedJob extends QueuedOriginal {
  /** How many times it has been taken, this time included (1 the first time). */
  readonly attempt: number;
}

/** What became of a job: its document, or why it failed (`permanent`: no retry can help). */
export type JobOutcome =
  | { readonly ok: true; readonly stored: StoredDocument }
  | { readonly ok: false; readonly reason: string; readonly permanent?: boolean };

/** What one take did, job by job. */
export interface TakeResult {
  readonly taken: number;
  /** Documents written (added: false when the store held it already). */
  readonly done: readonly { readonly id: string; readonly name: string; readonly added: boolean }[];
  /** Failed, to be tried again later. */
  readonly retried: readonly { readonly id: string; readonly name: string; readonly reason: string }[];
  /** Failed for the last time: now dead letters. */
  readonly dead: readonly { readonly id: string; readonly name: string; readonly reason: string }[];
}

export interface DeadLetter {
  readonly id: string;
  readonly name: string;
  readonly uri: string;
  readonly attempts: number;
  readonly reason: string;
  readonly failedAt: string;
}

/** Where collection-wide linking stands: `wanted` rises with every commit that adds documents. */
export interface LinkState {
  readonly wanted: number;
  readonly linked: number;
  /** When the oldest change not yet linked was made. */
  readonly wantedSince?: string;
  readonly linkedAt?: string;
  readonly linkSeconds?: number;
  readonly linkedDocuments?: number;
}

export interface QueueStatus {
  /** Jobs that can be taken now (including those being worked on). */
  readonly ready: number;
  /** Jobs waiting for their retry time. */
  readonly retrying: number;
  readonly dead: number;
  /** Jobs done, ever, and in the last minute and the last 15 minutes. */
  readonly done: number;
  readonly doneLastMinute: number;
  readonly doneLast15Minutes: number;
  /** Worker processes connected to the database now. */
  readonly workers: number;
  readonly link: LinkState;
  readonly oldestReady?: string;
}

export interface TakeOptions {
  /** At most this many jobs at once. */
  readonly limit: number;
  /** The worker's name, recorded with each job done. */
  readonly worker: string;
  /** Tries before a job becomes a dead letter (the first included). */
  readonly maxAttempts: number;
  /** The wait before the n-th retry is `backoffMs * 2^(n-1)`, at most `maxBackoffMs`. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
}

/**
 * A durable queue of extraction jobs beside a store, for several worker processes (on
 * several machines) at once. Delivery is at least once; effects are applied once: a job's
 * document, the job's removal and its record of completion commit together, and a worker
 * that dies before that commit leaves the job to be taken again, nothing of it written.
 */
export interface WorkQueue {
  /** Adds jobs; an original already queued (same id) is not added again. Returns how many were added. */
  enqueue(originals: readonly QueuedOriginal[]): Promise<number>;
  /**
   * Takes up to `limit` jobs that are due and no other worker holds, hands them to `work`
   * (one outcome per job, in order), and settles them in one transaction: documents
   * written and their jobs removed, failures scheduled for a retry with backoff or, after
   * the last try, made dead letters. Nothing due: `work` is not called.
   */
  take(options: TakeOptions, work: (jobs: readonly ClaimedJob[]) => Promise<readonly JobOutcome[]>): Promise<TakeResult>;
  /** Jobs not done and not dead: due now (some perhaps being worked on), and waiting for a retry. */
  pending(): Promise<{ readonly due: number; readonly later: number }>;
  status(): Promise<QueueStatus>;
  linkState(): Promise<LinkState>;
  deadLetters(limit?: number): Promise<readonly DeadLetter[]>;
  /** Makes every dead letter a fresh job again; returns how many. */
  requeueDead(): Promise<number>;
  /**
   * Runs `work` holding the collection's link lock, which one holder at a time has across
   * every process; resolves to undefined at once when another holds it.
   */
  exclusiveLink<T>(work: (linking: LinkLease) => Promise<T>): Promise<{ readonly value: T } | undefined>;
  close(): Promise<void>;
}

/** What a holder of the link lock can see and record. */
export interface LinkLease {
  state(): Promise<LinkState>;
  /** Records that the documents there were when `wanted` was `generation` are linked. */
  linked(generation: number, seconds: number, documents: number): Promise<void>;
}
