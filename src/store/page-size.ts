/**
 * How many items a page holds: the caller's `limit`, validated, or the default. Shared by
 * every Store implementation so that they agree on defaults and bounds.
 */
import { UsageError } from '../domain/errors.ts';

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;

/** The page size for `limit`; throws UsageError unless it is an integer in 1..MAX_PAGE_SIZE. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new UsageError(`limit must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${String(limit)}`);
  }
  return limit;
}
