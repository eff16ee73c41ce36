import type { Diagnostic } from '../../domain/diagnostic.ts';
import type { Document } from '../../domain/document.ts';
import type { RawDocument } from '../../domain/raw-document.ts';
import { sha256 } from '../sha256.ts';
import type { DocumentItem } from '../to-document.ts';
import { decodeHtml } from './decode-html.ts';
import { extractArticle } from './extract-article.ts';

/**
 * A web page as a Document whose text is the article inside it (what `clean` prints;
 * every span points into it). What the source knew (a feed's title, a crawl's URL)
 * takes precedence over what the page says about itself. A page with no article text
 * is a problem with that page (`no-article`), not a failure of the run.
 */
export function htmlToDocument(raw: RawDocument): DocumentItem {
  const fail = (code: string, message: string): DocumentItem => ({
    ok: false,
    problem: { doc: raw.name, severity: 'error', code, message },
  });
  if (raw.bytes.length === 0) return fail('empty', `${raw.uri}: empty file (0 bytes)`);
  const h = raw.hints ?? {};
  const decoded = decodeHtml(raw.bytes, charsetOf(raw.mediaType));
  let article;
  try {
    article = extractArticle(decoded.html, h.url ?? (/^https?:\/\//i.test(raw.uri) ? raw.uri : undefined));
  } catch (err) {
    // The parser forgives any markup; what is left is markup nested thousands deep (the
    // extractor walks the tree recursively) or a bug, either reported against the page.
    const why =
      err instanceof RangeError
        ? 'markup nested too deeply to read'
        : err instanceof Error
          ? err.message
          : String(err);
    return fail('html-failed', `${raw.uri}: article extraction failed: ${why}`);
  }
  if (article.text === '') return fail('no-article', `${raw.uri}: no article text found in the page`);
  const title = h.title ?? (article.title || undefined);
  const warnings: Diagnostic[] = decoded.note
    ? [
        {
          doc: raw.name,
          severity: 'warning',
          code: 'charset',
          message: `${raw.uri}: ${decoded.note}; read as ${decoded.charset}`,
        },
      ]
    : [];
  const url = h.url ?? article.canonicalUrl;
  const doc: Document = {
    id: sha256(raw.bytes),
    name: raw.name,
    uri: raw.uri,
    mediaType: raw.mediaType,
    text: article.text,
    encoding: 'html',
    byteLength: raw.bytes.length,
    ...(title ? { title } : {}),
    // The extractor puts the page's headline first, as the first line of a plain-text article.
    ...(title && article.text.startsWith(`${title}\n`) ? { titleSpan: { start: 0, end: title.length } } : {}),
    ...((h.published ?? article.published) ? { published: h.published ?? article.published } : {}),
    ...((h.author ?? article.author) ? { author: h.author ?? article.author } : {}),
    ...(h.publisher ? { publisher: h.publisher } : {}),
    ...(url ? { url } : {}),
    ...(article.language ? { language: article.language } : {}),
    ...(raw.capturedAt ? { capturedAt: raw.capturedAt } : {}),
  };
  return { ok: true, raw, doc, warnings };
}

/** `text/html; charset=ISO-8859-1` → `ISO-8859-1`: the transport's word on the charset. */
function charsetOf(mediaType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(mediaType)?.[1];
}
