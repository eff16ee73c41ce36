import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IntegrityError, StoreError } from '../domain/errors.ts';
import type { Archive } from './archive.ts';
import { archiveLock } from './archive-lock.ts';
import { checkArchive } from './check-archive.ts';
import type { CustodyRecord } from './custody-entry.ts';
import { custodyWriter, type CustodyWriter } from './custody-writer.ts';
import { fsyncDir } from './fsync-dir.ts';
import { objectPath } from './object-path.ts';
import { parseEntryLine } from './parse-entry-line.ts';
import { readLogLines } from './read-log-lines.ts';

export interface OpenArchiveOptions {
  /** Who the archive names in the entries it makes itself (repairs). Default `claimtrail`. */
  readonly who?: string;
  /** How long to wait for another process's writer lock, ms. Default 30 s. */
  readonly waitMs?: number;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Opens (creating when missing) an archive folder:
 *
 *     objects/ab/cd/<sha256>   each original's bytes, exactly as read, named by their SHA-256
 *     custody.jsonl            the custody log: one hash-chained entry per line (custody-entry.ts)
 *     tmp/                     objects being written; emptied on open
 *     writer.lock              the writer lock (archive-lock.ts)
 *
 * Opening finishes what a crash interrupted (custody-writer.ts: temp files moved into
 * place or dropped, a torn last log line cut, kept and recorded as a `repair`). The fs
 * calls are synchronous so that the order of writes, fsyncs and renames that crash
 * safety rests on is exactly the order written.
 */
export async function openArchive(dir: string, options: OpenArchiveOptions = {}): Promise<Archive> {
  const logPath = join(dir, 'custody.jsonl');
  const created = !existsSync(dir);
  let lock;
  let writer: CustodyWriter | undefined;
  try {
    mkdirSync(join(dir, 'objects'), { recursive: true });
    mkdirSync(join(dir, 'tmp'), { recursive: true });
    lock = archiveLock(dir, options.waitMs ?? 30_000);
  } catch (err) {
    throw new StoreError(`cannot open the archive ${dir}`, { cause: err });
  }
  try {
    const w = (writer = custodyWriter(dir, options.who ?? 'claimtrail'));
    if (created) {
      fsyncDir(dir);
      fsyncDir(dirname(dir));
    }
    const held = lock;
    held.hold(() => w.catchUp());
    let closed = false;
    const snapshot = (): number => held.hold(() => (w.catchUp(), w.size()));
    return {
      dir,
      async put(raw, who, how = {}) {
        const sha256 = createHash('sha256').update(raw.bytes).digest('hex');
        const r: CustodyRecord = {
          who,
          action: how.action ?? 'capture',
          uri: raw.uri,
          ...(raw.hints?.url ? { url: raw.hints.url } : {}),
          ...(raw.capturedAt ? { capturedAt: raw.capturedAt } : {}),
          sha256,
          size: raw.bytes.length,
          mediaType: raw.mediaType,
          ...(how.via ? { via: how.via } : {}),
          ...(how.note ? { note: how.note } : {}),
        };
        return held.hold(() => {
          w.catchUp();
          const recorded = !w.recorded(r);
          const added = w.place(sha256, raw.bytes, recorded ? () => w.append(r) : undefined);
          return { sha256, added, recorded };
        });
      },
      async record(r) {
        return held.hold(() => {
          w.catchUp();
          if (w.recorded(r)) return { recorded: false };
          w.append(r);
          return { recorded: true };
        });
      },
      async has(sha256) {
        return SHA256.test(sha256) && existsSync(join(dir, objectPath(sha256)));
      },
      async get(sha256) {
        if (!SHA256.test(sha256)) return undefined;
        const path = join(dir, objectPath(sha256));
        if (!existsSync(path)) return undefined;
        const bytes = readFileSync(path);
        const actual = createHash('sha256').update(bytes).digest('hex');
        if (actual !== sha256) throw new IntegrityError(`${objectPath(sha256)} hashes to ${actual}, not to its name: altered (run claimtrail verify)`);
        return bytes;
      },
      async *entries() {
        for (const line of readLogLines(logPath, { end: snapshot() })) {
          const p = parseEntryLine(line.bytes);
          if (!p.ok || !line.terminated) throw new IntegrityError(`custody.jsonl line ${line.number} is damaged (${p.ok ? 'no closing newline' : p.problem}); run claimtrail verify`);
          yield p.entry;
        }
      },
      verify: () => checkArchive(dir, snapshot),
      async close() {
        if (closed) return;
        closed = true;
        w.close();
        held.close();
      },
    };
  } catch (err) {
    writer?.close();
    lock.close();
    throw err;
  }
}
