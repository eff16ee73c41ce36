import { closeSync, openSync, readSync } from 'node:fs';

export interface LogLine {
  /** 1-based. */
  readonly number: number;
  /** Byte offset of the line's first byte. */
  readonly offset: number;
  /** The line without its newline. */
  readonly bytes: Buffer;
  /** False for a last line with no newline after it: torn by a crash, or altered. */
  readonly terminated: boolean;
}

export interface LogRange {
  /** Where to start: a line start (default 0) ... */
  readonly offset?: number;
  /** ... and the number of the lines before it. */
  readonly linesBefore?: number;
  /** Read no further than this byte (default: the end of the file). */
  readonly end?: number;
}

const CHUNK = 1 << 20;

/**
 * The lines of a file, streamed in 1 MB reads; a missing file has none. Synchronous, so
 * that a writer can catch up on another process's appends while it holds the lock.
 */
export function* readLogLines(path: string, range: LogRange = {}): Generator<LogLine> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  try {
    let pending: Buffer[] = [];
    let position = range.offset ?? 0;
    let pendingStart = position;
    let number = range.linesBefore ?? 0;
    const end = range.end ?? Infinity;
    const buf = Buffer.alloc(CHUNK);
    for (;;) {
      const want = Math.min(CHUNK, end - position);
      const bytesRead = want > 0 ? readSync(fd, buf, 0, want, position) : 0;
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
        pending.push(Buffer.from(chunk.subarray(from, nl)));
        yield { number: ++number, offset: pendingStart, bytes: Buffer.concat(pending), terminated: true };
        pending = [];
        pendingStart = position + nl + 1;
        from = nl + 1;
      }
      if (from < bytesRead) pending.push(Buffer.from(chunk.subarray(from)));
      position += bytesRead;
    }
    if (pending.length > 0) yield { number: ++number, offset: pendingStart, bytes: Buffer.concat(pending), terminated: false };
  } finally {
    closeSync(fd);
  }
}
