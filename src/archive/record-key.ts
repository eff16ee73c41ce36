import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import type { CustodyEntry, CustodyRecord } from './custody-entry.ts';

/**
 * What makes two records the same event: everything but who recorded it, when, and
 * where in the chain. A rerun that reads the same original from the same place, or adds
 * it to the same store again, so records nothing new.
 */
export function recordKey(r: CustodyRecord | CustodyEntry): string {
  const { who: _who, seq: _seq, at: _at, prev: _prev, hash: _hash, ...rest } = r as CustodyEntry;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}
