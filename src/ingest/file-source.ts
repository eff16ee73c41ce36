import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SourceItem } from './source-item.ts';
import { docName } from './doc-name.ts';
import { mediaTypeOf } from './media-type-of.ts';
import { warcSource } from './warc/warc-source.ts';

export interface FileSourceOptions {
  /** Files larger than this are reported, not read. Default 20 MB. */
  readonly maxBytes?: number;
  /** Which files a directory walk takes; files named explicitly are always taken. */
  readonly accept?: (path: string) => boolean;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The files named, and the files below the directories named (sorted, hidden ones
 * skipped), as originals. A file that cannot be read, or is too large, is a problem
 * item; the walk goes on.
 */
export async function* fileSource(paths: readonly string[], options: FileSourceOptions = {}): AsyncIterable<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const accept = options.accept ?? ((p: string) => mediaTypeOf(p) !== undefined);
  for (const path of paths) yield* walk(path, true);

  async function* walk(path: string, named: boolean): AsyncIterable<SourceItem> {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield problem(path, 'unreadable', `${path}: ${describe(err)}`);
      return;
    }
    if (info.isDirectory()) {
      let names: string[];
      try {
        names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
      } catch (err) {
        yield problem(path, 'unreadable', `${path}: ${describe(err)}`);
        return;
      }
      for (const n of names) yield* walk(join(path, n), false);
      return;
    }
    if (!info.isFile()) {
      if (named) yield problem(path, 'unreadable', `${path}: not a regular file`);
      return;
    }
    if (!named && !accept(path)) return;
    if (mediaTypeOf(path) === 'application/warc') {
      // streamed a record at a time, whatever the file's size: the limit applies to each record
      yield* warcSource(path, { maxBytes });
      return;
    }
    if (info.size > maxBytes) {
      yield problem(path, 'too-large', `${path}: ${mb(info.size)} is over the ${mb(maxBytes)} limit (--max-bytes)`);
      return;
    }
    try {
      let bytes: Uint8Array = await readAll(path, info.size);
      if (path.toLowerCase().endsWith('.gz')) bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
      yield { ok: true, raw: { uri: path, name: docName(path), bytes, mediaType: mediaTypeOf(path) ?? 'text/plain' } };
    } catch (err) {
      yield problem(path, 'unreadable', `${path}: ${describe(err)}`);
    }
  }
}

async function readAll(path: string, size: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const { bytesRead } = await fh.read(buf, off, size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return buf.subarray(0, off);
  } finally {
    await fh.close();
  }
}

function problem(path: string, code: string, message: string): SourceItem {
  return { ok: false, problem: { doc: docName(path), severity: 'error', code, message } };
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
    const e = err as { code: string; message?: string };
    return e.code === 'ENOENT' ? 'no such file or directory' : e.code === 'EACCES' ? 'permission denied' : (e.message ?? e.code);
  }
  return err instanceof Error ? err.message : String(err);
}
