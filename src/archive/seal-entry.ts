import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import type { CustodyEntry, CustodyRecord } from './custody-entry.ts';

/** The hash an entry must carry: SHA-256 of the canonical JSON of all its fields but `hash`. */
export function entryHash(e: Omit<CustodyEntry, 'hash'>): string {
  const { hash: _ignored, ...rest } = e as CustodyEntry;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** A record made into the next entry of the chain, and the line (without newline) that holds it. */
export function sealEntry(r: CustodyRecord, seq: number, prev: string, at: string): { entry: CustodyEntry; line: string } {
  const unsealed = Object.fromEntries(Object.entries({ ...r, seq, at, prev }).filter(([, v]) => v !== undefined)) as Omit<CustodyEntry, 'hash'>;
  const entry = { ...unsealed, hash: entryHash(unsealed) } as CustodyEntry;
  return { entry, line: canonicalJson(entry) };
}
