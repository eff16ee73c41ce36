import { Readable } from 'node:stream';
import { crc32, createGunzip, inflateRawSync } from 'node:zlib';
import type { Piece } from './piece.ts';

export interface GzipPiecesOptions {
  /** The name problems are reported under. */
  readonly doc: string;
  readonly path: string;
  /** Compressed bytes one member may take before it is streamed instead (whole-file gzip). Default 16 MB. */
  readonly maxMemberBytes?: number;
  /** Decompressed bytes one member may give before it is streamed instead. Default 64 MB. */
  readonly maxMemberOutput?: number;
}

interface InflateInfo {
  readonly buffer: Buffer;
  readonly engine: { readonly bytesWritten: number };
}

/**
 * Gzip data as pieces, one per gzip member, each tagged with the member's file offset, so
 * that a record in a per-record-gzip WARC (as crawlers write them) is reported at the offset
 * a CDX index would give. A damaged member is a problem and the scan moves on to the next
 * gzip header; a member too big to hold (a whole-file gzip) is streamed through zlib instead,
 * and from there on offsets are positions in the decompressed data.
 *
 * Members are inflated with the synchronous raw inflater, which stops at the end of the
 * deflate stream and says how much input it took: that is where the trailer, and the next
 * member, begin. Node's streaming gunzip joins members silently, so it cannot tell that.
 */
export async function* gzipPieces(
  chunks: AsyncIterable<Uint8Array>,
  options: GzipPiecesOptions,
): AsyncGenerator<Piece> {
  const maxMemberBytes = options.maxMemberBytes ?? 16 * 1024 * 1024;
  const maxMemberOutput = options.maxMemberOutput ?? 64 * 1024 * 1024;
  const it = chunks[Symbol.asyncIterator]();
  let buf: Buffer = Buffer.alloc(0);
  let base = 0; // file offset of buf[0]
  let eof = false;
  const need = async (n: number): Promise<boolean> => {
    while (buf.length < n && !eof) {
      const r = await it.next();
      if (r.done) eof = true;
      else
        buf =
          buf.length === 0
            ? Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength)
            : Buffer.concat([buf, r.value]);
    }
    return buf.length >= n;
  };
  const drop = (n: number): void => {
    buf = buf.subarray(n);
    base += n;
  };
  const problem = (code: string, offset: number, message: string, lost = true): Piece => ({
    kind: 'problem',
    lost,
    problem: { doc: options.doc, severity: 'error', code, offset, message: `${options.path}: ${message}` },
  });

  // after a damaged member the scan for the next one is already reported
  let resyncing = false;
  try {
    for (;;) {
      if (!(await need(1))) return;
      if (!isMember(buf, 0)) {
        // stray bytes between members: zero padding is common and harmless, anything else is reported
        const at = base;
        let skipped = 0;
        let junk = false;
        for (;;) {
          const i = nextMember(buf);
          const n = i >= 0 ? i : Math.max(0, buf.length - 2);
          for (let k = 0; k < n && !junk; k++) junk = buf[k] !== 0;
          skipped += n;
          drop(n);
          if (i >= 0 || !(await need(buf.length + 1))) break;
        }
        if (!(await need(3)) || !isMember(buf, 0)) {
          skipped += buf.length;
          junk ||= buf.some((b) => b !== 0);
          drop(buf.length);
        }
        if (junk && !resyncing)
          yield problem(
            'bad-gzip',
            at,
            `${skipped} bytes at byte ${at} are not gzip data; skipped to the next gzip member`,
          );
        continue;
      }
      const start = base;
      resyncing = false;
      const header = await headerLength();
      if (header === 'truncated') {
        yield problem('truncated', start, `gzip member at byte ${start} is cut off inside its header`);
        return;
      }
      if (header === 'bad') {
        yield problem(
          'bad-gzip',
          start,
          `gzip member at byte ${start} has a damaged header; skipped to the next gzip member`,
        );
        resyncing = true;
        drop(1);
        continue;
      }
      let out: InflateInfo | undefined;
      let damage: string | undefined;
      for (;;) {
        try {
          out = inflateRawSync(buf.subarray(header), {
            info: true,
            maxOutputLength: maxMemberOutput,
          }) as unknown as InflateInfo;
          break;
        } catch (err) {
          const code = err && typeof err === 'object' && 'code' in err ? String(err.code) : '';
          if (code === 'Z_BUF_ERROR' && !eof && buf.length < maxMemberBytes) {
            // the member goes on past what has been read: read as much again and retry
            await need(Math.min(buf.length * 2, maxMemberBytes));
            continue;
          }
          if (code === 'Z_BUF_ERROR' && eof) {
            yield problem(
              'truncated',
              start,
              `gzip member at byte ${start} is cut off: the file ends inside it`,
            );
            return;
          }
          if (code === 'Z_BUF_ERROR' || code === 'ERR_BUFFER_TOO_LARGE') {
            yield* streamRest(start);
            return;
          }
          damage = err instanceof Error ? err.message : String(err);
          break;
        }
      }
      if (out === undefined) {
        yield problem(
          'bad-gzip',
          start,
          `gzip member at byte ${start} is damaged (${damage ?? 'inflate failed'}); skipped to the next gzip member`,
        );
        resyncing = true;
        drop(1);
        continue;
      }
      const trailer = header + out.engine.bytesWritten;
      if (!(await need(trailer + 8))) {
        // the deflate data is complete, only the checksum is missing: keep the bytes, say so
        yield problem(
          'truncated',
          start,
          `gzip member at byte ${start} lacks its 8-byte trailer (file ends); its data is kept unchecked`,
          false,
        );
        yield { kind: 'data', bytes: out.buffer, origin: start };
        return;
      }
      if (
        buf.readUInt32LE(trailer) !== crc32(out.buffer) >>> 0 ||
        buf.readUInt32LE(trailer + 4) !== out.buffer.length >>> 0
      ) {
        yield problem(
          'bad-gzip',
          start,
          `gzip member at byte ${start} fails its CRC check; its data is dropped`,
        );
        drop(trailer + 8);
        continue;
      }
      drop(trailer + 8);
      if (out.buffer.length > 0) yield { kind: 'data', bytes: out.buffer, origin: start };
    }
  } finally {
    await it.return?.();
  }

  /** Length of the gzip header at buf[0] (RFC 1952 §2.3), or why there is none. */
  async function headerLength(): Promise<number | 'bad' | 'truncated'> {
    if (!(await need(10))) return 'truncated';
    const flags = buf[3] ?? 0;
    if (buf[2] !== 8 || (flags & 0xe0) !== 0) return 'bad';
    let p = 10;
    if (flags & 4) {
      if (!(await need(p + 2))) return 'truncated';
      p += 2 + buf.readUInt16LE(p);
    }
    for (const bit of [8, 16]) {
      if (!(flags & bit)) continue;
      // zero-terminated file name or comment; a header this long is damage, not a name
      for (;;) {
        const z = buf.indexOf(0, p);
        if (z >= 0) {
          p = z + 1;
          break;
        }
        if (buf.length > 65536 || !(await need(buf.length + 1)))
          return buf.length > 65536 ? 'bad' : 'truncated';
      }
    }
    if (flags & 2) p += 2;
    return (await need(p)) ? p : 'truncated';
  }

  /** The rest of the file through Node's streaming gunzip: bounded memory, no member boundaries. */
  async function* streamRest(start: number): AsyncGenerator<Piece> {
    const first = buf;
    buf = Buffer.alloc(0);
    const source = Readable.from(
      (async function* () {
        yield first;
        for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
      })(),
    );
    const gunzip = createGunzip();
    source.on('error', (err) => gunzip.destroy(err));
    source.pipe(gunzip);
    let produced = 0;
    try {
      for await (const bytes of gunzip as AsyncIterable<Buffer>) {
        yield produced === 0 ? { kind: 'data', bytes, origin: start } : { kind: 'data', bytes };
        produced += bytes.length;
      }
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      yield problem(
        'bad-gzip',
        start,
        `gzip data from byte ${start} is damaged after ${produced} decompressed bytes (${why}); the rest of the file is unreadable`,
      );
    } finally {
      source.destroy();
      gunzip.destroy();
    }
  }
}

function isMember(b: Buffer, i: number): boolean {
  return b[i] === 0x1f && b[i + 1] === 0x8b && (i + 2 >= b.length || b[i + 2] === 8);
}

/** Index of the next plausible gzip header (magic plus the deflate method byte), or -1. */
function nextMember(b: Buffer): number {
  for (let i = b.indexOf(0x1f); i >= 0 && i + 2 < b.length; i = b.indexOf(0x1f, i + 1))
    if (b[i + 1] === 0x8b && b[i + 2] === 8) return i;
  return -1;
}
