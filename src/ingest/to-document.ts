import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Document } from '../domain/document.ts';
import type { RawDocument } from '../domain/raw-document.ts';
import { decodeText } from './decode-text.ts';
import { htmlToDocument } from './html/html-to-document.ts';
import { sha256 } from './sha256.ts';

export type DocumentItem =
  | { readonly ok: true; readonly raw: RawDocument; readonly doc: Document; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly problem: Diagnostic };

/**
 * An original as a Document: decoded text, its hash as identity, and what the source knew.
 * A web page's text is the article inside it (html/html-to-document.ts).
 */
export function toDocument(raw: RawDocument): DocumentItem {
  if (/^(text\/html|application\/xhtml\+xml)\b/i.test(raw.mediaType)) return htmlToDocument(raw);
  const decoded = decodeText(raw);
  if (!decoded.ok) return decoded;
  const h = raw.hints ?? {};
  const doc: Document = {
    id: sha256(raw.bytes),
    name: raw.name,
    uri: raw.uri,
    mediaType: raw.mediaType,
    text: decoded.text,
    encoding: decoded.encoding,
    byteLength: raw.bytes.length,
    ...(h.title ? { title: h.title } : {}),
    ...(h.published ? { published: h.published } : {}),
    ...(h.author ? { author: h.author } : {}),
    ...(h.publisher ? { publisher: h.publisher } : {}),
    ...(h.url ? { url: h.url } : {}),
    ...(raw.capturedAt ? { capturedAt: raw.capturedAt } : {}),
  };
  return { ok: true, raw, doc, warnings: decoded.warning ? [decoded.warning] : [] };
}
