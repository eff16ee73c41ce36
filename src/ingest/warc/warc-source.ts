import type { SourceItem } from '../source-item.ts';
import type { ArchiveRecord } from './archive-record.ts';
import { ByteReader } from './byte-reader.ts';
import { openArchive } from './open-archive.ts';
import { readRecords } from './read-records.ts';
import { recordToRaw } from './record-to-raw.ts';

export interface WarcSourceOptions {
  /** Records whose block is larger are reported, not held. Default 20 MB. */
  readonly maxBytes?: number;
  /** Told of every record framed (documents, skipped and unreadable payloads alike): for counting. */
  readonly onRecord?: (record: ArchiveRecord) => void;
  /** Told of every record passed over, and why (`request`, `HTTP 302`, `image/png`, ...). */
  readonly onSkip?: (record: ArchiveRecord, reason: string) => void;
}

/**
 * The pages in a web archive (WARC 0.9-1.1, WET, ARC; plain, gzipped per record or as a
 * whole) as originals, read as a stream: memory holds one record at a time, whatever the
 * file's size. Each response, resource or conversion record whose payload is HTML or text
 * becomes a RawDocument (uri and hints.url: WARC-Target-URI; name: a slug of the URL path
 * plus the record's offset, unique within the file; capturedAt: WARC-Date). Anything wrong
 * with a record is a problem item naming its offset, and the reading goes on at the next
 * record.
 *
 * Offsets are file offsets: of the record in a plain file, of its gzip member in a file
 * gzipped per record (what a CDX index gives). In a file gzipped as a whole, where a record
 * starts inside a member, they are positions in the decompressed data, and messages say so.
 */
export async function* warcSource(path: string, options: WarcSourceOptions = {}): AsyncIterable<SourceItem> {
  // problems with the container or a record's framing belong to the archive, named by its path
  const doc = path;
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  let compressed: boolean;
  let reader: ByteReader;
  try {
    const archive = await openArchive(path, doc);
    compressed = archive.compressed;
    reader = new ByteReader(archive.pieces);
  } catch (err) {
    yield {
      ok: false,
      problem: { doc, severity: 'error', code: 'unreadable', message: `${path}: ${describe(err)}` },
    };
    return;
  }
  try {
    for await (const ev of readRecords(reader, { doc, path, compressed, maxBytes })) {
      if (ev.kind === 'problem') {
        yield { ok: false, problem: ev.problem };
        continue;
      }
      options.onRecord?.(ev.record);
      const out = recordToRaw(ev.record, { doc, path, maxBytes });
      if (out.kind === 'skipped') options.onSkip?.(ev.record, out.reason);
      else if (out.kind === 'problem') yield { ok: false, problem: out.problem };
      else {
        for (const w of out.warnings) yield { ok: false, problem: w };
        yield { ok: true, raw: out.raw };
      }
    }
  } catch (err) {
    // a read error from the file system (the archive's own damage never throws)
    yield {
      ok: false,
      problem: {
        doc,
        severity: 'error',
        code: 'unreadable',
        message: `${path}: ${describe(err)}; the rest of the file is not read`,
      },
    };
  } finally {
    await reader.close();
  }
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT')
    return 'no such file or directory';
  if (err && typeof err === 'object' && 'code' in err && err.code === 'EACCES') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}
