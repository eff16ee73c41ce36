import type { DigestSet } from './create-digest-set.ts';
import type { CustodyEntry } from './custody-entry.ts';
import { parseEntryLine } from './parse-entry-line.ts';
import { readLogLines, type LogLine } from './read-log-lines.ts';
import { recordKey } from './record-key.ts';

/** What a writer knows of the custody log, brought up to date before each append. */
export interface LogState {
  /** Bytes of whole lines read: where the next line starts. */
  offset: number;
  lines: number;
  /** recordKey of every readable entry: what has been recorded already. */
  readonly keys: DigestSet;
  /** The objects entries name. */
  readonly referenced: DigestSet;
  /** The last whole line, parsed, if it is a sound entry: the next entry chains onto it. */
  last?: CustodyEntry;
  /** Why nothing can be chained on: the last whole line is damaged. */
  damaged?: string;
}

/**
 * Reads the lines appended since `state.offset` into the state (all of them, on open).
 * Returns a last line with no newline after it, which is not taken in.
 */
export function scanLog(path: string, state: LogState): LogLine | undefined {
  for (const line of readLogLines(path, { offset: state.offset, linesBefore: state.lines })) {
    if (!line.terminated) return line;
    state.offset = line.offset + line.bytes.length + 1;
    state.lines = line.number;
    const p = parseEntryLine(line.bytes);
    if (p.entry?.sha256) state.referenced.add(p.entry.sha256);
    if (p.ok) {
      state.keys.add(recordKey(p.entry));
      state.last = p.entry;
      state.damaged = undefined;
    } else {
      state.last = undefined;
      state.damaged = `custody.jsonl line ${line.number} is damaged (${p.problem}); run claimtrail verify`;
    }
  }
  return undefined;
}
