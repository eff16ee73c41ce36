import type { CustodyEntry } from './custody-entry.ts';
import { GENESIS } from './custody-entry.ts';
import { parseEntryLine } from './parse-entry-line.ts';

/**
 * What a last line with no newline after it is. Every entry is appended as one write of
 * `line\n`, so a crash can leave only a prefix of that: the whole line without its
 * newline (`complete`: the newline is added), or less (`torn`: cut off). A prefix of one
 * JSON object is never itself JSON, so a tail that is JSON, or JSON but for its last
 * byte, was not left by a crash (`altered`): it is left for verify to report, not cut.
 */
export function classifyTail(bytes: Uint8Array, last: CustodyEntry | undefined, lineNumber: number): 'complete' | 'torn' | 'altered' {
  const p = parseEntryLine(bytes);
  if (p.ok) {
    const chains = last ? p.entry.seq === last.seq + 1 && p.entry.prev === last.hash : lineNumber === 1 && p.entry.seq === 1 && p.entry.prev === GENESIS;
    return chains ? 'complete' : 'altered';
  }
  if (isJson(bytes) || isJson(bytes.subarray(0, bytes.length - 1))) return 'altered';
  return 'torn';
}

function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder().decode(bytes));
    return true;
  } catch {
    return false;
  }
}
