import type { RawDocument } from '../domain/raw-document.ts';
import { httpGet, type HttpGetOptions } from './http-get.ts';
import { slugOf } from './slug-of.ts';
import type { SourceItem } from './source-item.ts';

export interface UrlSourceOptions extends Omit<HttpGetOptions, 'headers'> {
  /** When the page was captured; injectable for tests. Default: the clock. */
  readonly now?: () => Date;
}

/** Media types that are text claimtrail reads, or feeds it expands; anything else (a PDF, an image) is refused. */
const READABLE = /^(text\/[\w.+-]+|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|rdf\+xml))$/;

/**
 * Web pages as originals, one GET each (see http-get.ts for the limits). The media type
 * is the one the server sent, without its parameters; the URL after redirects goes in
 * the hints. A URL that times out, is too large, redirects too often, answers with an
 * error status or serves something other than text is a problem item; the rest go on.
 */
export async function* urlSource(urls: readonly string[], options: UrlSourceOptions = {}): AsyncIterable<SourceItem> {
  const now = options.now ?? (() => new Date());
  for (const url of urls) {
    if (options.signal?.aborted) return;
    const r = await httpGet(url, { ...options, headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' } });
    if (!r.ok) {
      yield { ok: false, problem: { doc: nameOf(url), severity: 'error', code: r.code, message: r.message } };
      continue;
    }
    const mediaType = (r.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() || sniff(r.bytes);
    if (!READABLE.test(mediaType)) {
      yield { ok: false, problem: { doc: nameOf(url), severity: 'error', code: 'unsupported-type', message: `${url}: ${mediaType} is not text` } };
      continue;
    }
    const raw: RawDocument = {
      uri: url,
      name: nameOf(r.url),
      bytes: r.bytes,
      mediaType,
      capturedAt: now().toISOString(),
      hints: { url: r.url },
    };
    yield { ok: true, raw };
  }
}

/** The page's name: its last path segment without extension (`/2024/05/harbour-floods.html` → `harbour-floods`), else the host. */
function nameOf(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter((s) => s !== '').pop() ?? '';
    return slugOf(decodeURIComponent(last).replace(/\.[a-z0-9]{1,5}$/i, '')) || slugOf(u.hostname) || 'page';
  } catch {
    return slugOf(url) || 'page';
  }
}

/** No Content-Type: HTML if it looks like HTML, else plain text (decoding refuses binary later). */
function sniff(bytes: Uint8Array): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<?xml')) return 'application/xml';
  return head.startsWith('<!doctype html') || head.startsWith('<html') ? 'text/html' : 'text/plain';
}
