import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IntegrityError, StoreError } from '../domain/errors.ts';
import { classifyTail } from './classify-tail.ts';
import { custodyEntrySchema, GENESIS, type CustodyEntry, type CustodyRecord } from './custody-entry.ts';
import { fsyncDir } from './fsync-dir.ts';
import { objectPath } from './object-path.ts';
import { parseEntryLine } from './parse-entry-line.ts';
import type { LogLine } from './read-log-lines.ts';
import { recordKey } from './record-key.ts';
import { recoverTemps } from './recover-temps.ts';
import { scanLog, type LogState } from './scan-log.ts';
import { sealEntry } from './seal-entry.ts';
import { writeSynced } from './write-synced.ts';
import { createDigestSet } from './create-digest-set.ts';

/** The archive's writing side. Every method but `close` is called holding the writer lock. */
export interface CustodyWriter {
  /**
   * Takes in what other processes appended since, finishes what a crashed one left
   * (temp files, a torn last line). Called first thing under the lock.
   */
  catchUp(): void;
  /** Whether an identical record (but for who and when) is in the log. */
  recorded(r: CustodyRecord): boolean;
  append(r: CustodyRecord): CustodyEntry;
  /**
   * Puts bytes under objects/ crash-safely: written to tmp/ and fsynced, then `record`
   * runs (appending the entry), then renamed into place and the folder fsynced. A crash
   * leaves either no object under its final name or the whole object with its entry.
   * False when the object was there already.
   */
  place(sha256: string, bytes: Uint8Array, record: (() => void) | undefined): boolean;
  /** The log's size now: every line below it is whole (when holding the lock). */
  size(): number;
  close(): void;
}

export function custodyWriter(dir: string, who: string): CustodyWriter {
  const logPath = join(dir, 'custody.jsonl');
  const log = openSync(logPath, 'a');
  let state: LogState = fresh();
  let seenOnce = false;

  function fresh(): LogState {
    // a log of a million captures: compact sets, not Sets of hex strings
    return { offset: 0, lines: 0, keys: createDigestSet(), referenced: createDigestSet() };
  }

  const write = (bytes: Buffer): void => {
    const before = fstatSync(log).size;
    try {
      let off = 0;
      while (off < bytes.length) off += writeSync(log, bytes, off, bytes.length - off);
      fsyncSync(log);
    } catch (err) {
      // a short write (disk full) must not leave half a line for the next entry to follow
      try {
        ftruncateSync(log, before);
      } catch {
        state.damaged = 'custody.jsonl could not be restored after a failed write; reopen the archive';
      }
      throw new StoreError(`cannot append to ${logPath}`, { cause: err });
    }
  };

  const append = (r: CustodyRecord): CustodyEntry => {
    if (state.damaged) throw new IntegrityError(state.damaged);
    const { entry, line } = sealEntry(r, (state.last?.seq ?? 0) + 1, state.last?.hash ?? GENESIS, new Date().toISOString());
    // an entry that would not read back (an empty note, say) would look altered to verify
    const check = custodyEntrySchema.safeParse(entry);
    if (!check.success) throw new StoreError(`not a valid custody entry: ${check.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ')}`);
    const bytes = Buffer.from(`${line}\n`);
    write(bytes);
    state.offset += bytes.length;
    state.lines++;
    state.last = entry;
    state.keys.add(recordKey(entry));
    if (entry.sha256) state.referenced.add(entry.sha256);
    return entry;
  };

  const place = (sha256: string, bytes: Uint8Array, record: (() => void) | undefined): boolean => {
    const final = join(dir, objectPath(sha256));
    const exists = existsSync(final);
    const tmp = join(dir, 'tmp', sha256);
    if (!exists) writeSynced(tmp, bytes);
    record?.();
    if (exists) return false;
    const made = mkdirSync(dirname(final), { recursive: true });
    renameSync(tmp, final);
    fsyncDir(dirname(final));
    if (made !== undefined) {
      fsyncDir(dirname(dirname(final)));
      fsyncDir(join(dir, 'objects'));
    }
    return true;
  };

  const repairTail = (t: LogLine): void => {
    if (state.damaged) return;
    const kind = classifyTail(t.bytes, state.last, t.number);
    if (kind === 'altered') {
      state.damaged = `custody.jsonl line ${t.number} has no closing newline yet holds a whole entry: altered, not torn by a crash; run claimtrail verify`;
      return;
    }
    if (kind === 'complete') {
      write(Buffer.from('\n'));
      const p = parseEntryLine(t.bytes);
      if (!p.ok) return;
      state.offset = t.offset + t.bytes.length + 1;
      state.lines = t.number;
      state.last = p.entry;
      state.keys.add(recordKey(p.entry));
      if (p.entry.sha256) state.referenced.add(p.entry.sha256);
      append({ who, action: 'repair', uri: 'custody.jsonl', note: `line ${t.number} was whole but lacked its newline after a crash; the newline was added` });
      return;
    }
    // torn: the bytes are kept as an object, so that the repair destroys nothing
    const sha256 = createHash('sha256').update(t.bytes).digest('hex');
    place(sha256, t.bytes, () => {
      ftruncateSync(log, t.offset);
      fsyncSync(log);
      append({
        who,
        action: 'repair',
        uri: 'custody.jsonl',
        sha256,
        size: t.bytes.length,
        mediaType: 'application/octet-stream',
        note: `line ${t.number} was torn by a crash: its ${t.bytes.length} bytes from byte ${t.offset} were cut from the log and are kept as this object`,
      });
    });
  };

  return {
    catchUp() {
      const size = fstatSync(log).size;
      if (seenOnce && size === state.offset) return;
      // shorter than what was read: someone cut the log; read it all again
      if (size < state.offset) state = fresh();
      const tail = scanLog(logPath, state);
      // holding the lock, a temp file is a dead writer's; on open, or after others wrote
      recoverTemps(dir, state.referenced);
      seenOnce = true;
      if (tail) repairTail(tail);
    },
    recorded: (r) => state.keys.has(recordKey(r)),
    append,
    place,
    size: () => fstatSync(log).size,
    close: () => closeSync(log),
  };
}
