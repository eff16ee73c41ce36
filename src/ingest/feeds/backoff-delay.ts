export interface BackoffOptions {
  /** The normal polling interval: the first failure waits one to two of it. */
  readonly intervalMs: number;
  /** The longest wait, whatever the failures. Default 6 hours (or the interval, if longer). */
  readonly maxMs?: number;
  /** Retry-After from a 429 or 503: never retry sooner than that. */
  readonly retryAfterMs?: number;
  /** A number in [0, 1); injectable for tests. */
  readonly random?: () => number;
}

/**
 * How long to wait after the `failures`-th failure in a row: the interval doubled per
 * failure, capped, with "equal jitter" (half of it fixed, half random) so that many
 * watchers of one failing server do not come back at the same moment; never sooner than
 * the server's Retry-After.
 */
export function backoffDelay(failures: number, options: BackoffOptions): number {
  const max = Math.max(options.intervalMs, options.maxMs ?? 6 * 3600_000);
  const exp = Math.min(max, options.intervalMs * 2 ** Math.max(1, Math.min(failures, 30)));
  const jittered = exp / 2 + (exp / 2) * (options.random ?? Math.random)();
  return Math.round(Math.max(jittered, Math.min(options.retryAfterMs ?? 0, 24 * 3600_000)));
}
