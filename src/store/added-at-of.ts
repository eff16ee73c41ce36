/**
 * When addDocument records a document as added: now, unless the caller says when it was
 * first added (moving a store keeps the times of the one it came from). A given time
 * comes from outside, so it is checked, and kept as given.
 */
import { UsageError } from '../domain/errors.ts';
import type { AddOptions } from './store.ts';

export function addedAtOf(options: AddOptions | undefined, now: Date = new Date()): string {
  const at = options?.addedAt;
  if (at === undefined) return now.toISOString();
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) {
    throw new UsageError(`addedAt must be a date and time, got ${JSON.stringify(at)}`);
  }
  return at;
}
