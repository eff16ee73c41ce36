import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import type { DocumentHints, RawDocument } from '../domain/raw-document.ts';
import { docName } from './doc-name.ts';
import { feedDate } from './feeds/feed-date.ts';
import { DEFAULT_MAX_BYTES } from './file-source.ts';
import { slugOf } from './slug-of.ts';
import type { SourceItem } from './source-item.ts';

export interface JsonlSourceOptions {
  /** A line longer than this is reported and skipped without being held. Default 20 MB. */
  readonly maxBytes?: number;
}

const text = z.string().nullish();
/** One article per line; null means absent, as dataset exports write it. */
const Article = z
  .object({
    url: z.url({ protocol: /^https?$/ }).nullish(),
    title: text,
    text,
    html: text,
    published: text,
    author: z.union([z.string(), z.array(z.string())]).nullish(),
    publisher: text,
    id: z.union([z.string(), z.number()]).nullish(),
  })
  .refine((a) => Boolean(a.text?.trim() || a.html?.trim()), { message: 'needs a non-empty "text" or "html"' });

/**
 * JSON Lines files (`.jsonl`, `.jsonl.gz`) of articles, one original per line:
 * `{url?, title?, text? | html?, published?, author?, publisher?, id?}`. `text` is taken
 * over `html` when a line has both (it is the article already extracted). The file is
 * streamed: one line is held at a time, and a line over the size limit is skipped as
 * it streams past. A line that is not JSON or not an article is a problem naming its
 * line number; the next line is read.
 */
export async function* jsonlSource(paths: readonly string[], options: JsonlSourceOptions = {}): AsyncIterable<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    const base = docName(path.replace(/\.jsonl(\.gz)?$/i, '.jsonl'));
    const problem = (line: number | undefined, code: string, message: string): SourceItem => ({
      ok: false,
      problem: { doc: line === undefined ? base : `${base}:${line}`, severity: 'error', code, message: `${path}${line === undefined ? '' : ` line ${line}`}: ${message}` },
    });
    let stream: Readable = createReadStream(path);
    if (/\.gz$/i.test(path)) stream = stream.pipe(createGunzip());
    try {
      for await (const line of lines(stream, maxBytes)) {
        if (line.tooLong) {
          yield problem(line.n, 'too-large', `line is over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit`);
          continue;
        }
        const s = line.text.trim();
        if (s === '') continue;
        yield article(s, line.n);
      }
    } catch (err) {
      yield problem(undefined, 'unreadable', describe(err));
    }

    function article(s: string, n: number): SourceItem {
      let json: unknown;
      try {
        json = JSON.parse(s);
      } catch (err) {
        return problem(n, 'bad-line', `not JSON (${err instanceof Error ? err.message : String(err)})`);
      }
      const r = Article.safeParse(json);
      if (!r.success) {
        const why = r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
        return problem(n, 'bad-line', why);
      }
      const a = r.data;
      const body = a.text?.trim() ? a.text : (a.html ?? '');
      const hints: DocumentHints = {};
      if (a.title?.trim()) hints.title = a.title.trim();
      const published = feedDate(a.published ?? undefined);
      if (published) hints.published = published;
      const author = Array.isArray(a.author) ? a.author.join(', ') : a.author;
      if (author?.trim()) hints.author = author.trim();
      if (a.url) hints.url = a.url;
      if (a.publisher?.trim()) hints.publisher = a.publisher.trim();
      const raw: RawDocument = {
        uri: a.url ?? `${path}#L${n}`,
        name: slugOf(a.title ?? '') || slugOf(String(a.id ?? '')) || `${base}-${n}`,
        bytes: new TextEncoder().encode(body),
        mediaType: a.text?.trim() ? 'text/plain' : 'text/html',
        hints,
      };
      return { ok: true, raw };
    }
  }
}

type Line = { readonly n: number; readonly text: string; readonly tooLong: false } | { readonly n: number; readonly tooLong: true };

/** The stream's lines (numbered from 1, LF or CRLF), holding at most `max` bytes of a line. */
async function* lines(stream: Readable, max: number): AsyncIterable<Line> {
  const utf8 = new TextDecoder('utf-8');
  let parts: Buffer[] = [];
  let held = 0;
  let tooLong = false;
  let n = 0;
  const take = (): Line => {
    n++;
    const line: Line = tooLong ? { n, tooLong: true } : { n, text: utf8.decode(Buffer.concat(parts, held)).replace(/\r$/, ''), tooLong: false };
    parts = [];
    held = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      hold(chunk.subarray(from, nl));
      yield take();
      from = nl + 1;
    }
    hold(chunk.subarray(from));
  }
  if (held > 0 || tooLong) yield take();

  function hold(piece: Buffer): void {
    if (tooLong || piece.length === 0) return;
    if (held + piece.length > max) {
      tooLong = true;
      parts = [];
      held = 0;
      return;
    }
    parts.push(piece);
    held += piece.length;
  }
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT') return 'no such file or directory';
  if (err && typeof err === 'object' && 'code' in err && err.code === 'Z_DATA_ERROR') return 'not a valid gzip file';
  return err instanceof Error ? err.message : String(err);
}
