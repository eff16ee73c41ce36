import type { Diagnostic } from '../../domain/diagnostic.ts';
import type { RawDocument } from '../../domain/raw-document.ts';
import type { ArchiveRecord } from './archive-record.ts';
import { archiveDate } from './archive-date.ts';
import { dechunk } from './dechunk.ts';
import { decodeContent } from './decode-content.ts';
import { parseHttpResponse } from './parse-http-response.ts';
import { urlSlug } from './url-slug.ts';

export type RecordOutcome =
  | { readonly kind: 'document'; readonly raw: RawDocument; readonly warnings: readonly Diagnostic[] }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'problem'; readonly problem: Diagnostic };

export interface RecordToRawOptions {
  /** The archive's name, for problems with records that have no URL. */
  readonly doc: string;
  readonly path: string;
  readonly maxBytes: number;
}

/** Record types that carry a page: the capture itself, a stored file, or its text (WET). */
const WANTED = new Set(['response', 'resource', 'conversion']);
/** Payload types worth reading as articles, and what they are read as. */
const MEDIA: ReadonlyMap<string, string> = new Map([
  ['text/html', 'text/html'],
  ['application/xhtml+xml', 'text/html'],
  ['text/plain', 'text/plain'],
]);
const latin1 = new TextDecoder('latin1');

/**
 * A record as an original document: its payload (the HTTP body with transfer and content
 * encodings undone, or a resource's or conversion's block as is), when the record is a
 * response, resource or conversion whose payload is HTML or text. Anything else is skipped
 * with a reason (requests, metadata, revisits, redirects and errors, images, empty bodies);
 * a payload that cannot be recovered is a problem naming the record's offset.
 */
export function recordToRaw(rec: ArchiveRecord, options: RecordToRawOptions): RecordOutcome {
  const h = rec.headers;
  const uri = cleanUri(h.get('warc-target-uri'));
  const name = uri ? `${urlSlug(uri)}-${rec.offset}` : undefined;
  const where = rec.format === 'warc' ? 'WARC' : 'ARC';
  const problem = (code: string, what: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
    doc: name ?? options.doc,
    severity,
    code,
    offset: rec.offset,
    message: `${options.path}: ${where} record at byte ${rec.offset}${uri ? ` (${uri})` : ''}: ${what}`,
  });
  const warnings: Diagnostic[] = [];
  let type = rec.type;
  if (type === '') {
    if (!rec.block || !startsWithHttp(rec.block))
      return {
        kind: 'problem',
        problem: problem('missing-header', 'no WARC-Type, and the block is not an HTTP response'),
      };
    type = 'response';
    warnings.push(
      problem(
        'missing-header',
        'no WARC-Type; read as a response since the block is an HTTP response',
        'warning',
      ),
    );
  }
  if (!WANTED.has(type)) return { kind: 'skipped', reason: type };
  if (!rec.block)
    return {
      kind: 'problem',
      problem: problem(
        'too-large',
        `block of ${rec.length} bytes is over the ${options.maxBytes}-byte limit (--max-bytes)`,
      ),
    };
  if (!uri)
    return {
      kind: 'problem',
      problem: problem('missing-header', `a ${type} record with no WARC-Target-URI`),
    };

  let body: Uint8Array = rec.block;
  let contentType = h.get('content-type');
  const cut =
    rec.cutFrom === undefined
      ? ''
      : `${rec.format === 'warc' ? 'Content-Length' : 'length'} ${rec.cutFrom}, but the file ends after ${rec.length} bytes`;
  const http = type === 'response' && (/^application\/http/i.test(contentType ?? '') || startsWithHttp(body));
  if (http) {
    const r = parseHttpResponse(body);
    if ('error' in r) return { kind: 'problem', problem: problem('bad-http', r.error) };
    if (r.status < 200 || r.status > 299) return { kind: 'skipped', reason: `HTTP ${r.status}` };
    body = r.body;
    contentType = r.headers.get('content-type');
    if (cut) {
      // a capture cut short whose HTTP body is still all there (its own Content-Length) is kept
      const stated = Number(r.headers.get('content-length') ?? NaN);
      if (!(body.length >= stated))
        return {
          kind: 'problem',
          problem: problem('truncated', `${cut}, inside the HTTP body; record lost`),
        };
      warnings.push(
        problem(
          'truncated',
          `${cut}; the HTTP body is whole (Content-Length ${stated}), so it is kept`,
          'warning',
        ),
      );
      body = body.subarray(0, stated);
    }
    const truncated = h.has('warc-truncated');
    if (/\bchunked\b/i.test(r.headers.get('transfer-encoding') ?? '')) {
      const d = dechunk(body);
      if ('error' in d)
        return {
          kind: 'problem',
          problem: problem('bad-chunked', `Transfer-Encoding chunked, but ${d.error}`),
        };
      if ('bytes' in d) {
        if (d.cut && !truncated)
          return {
            kind: 'problem',
            problem: problem('truncated', 'the chunked body is cut off inside a chunk'),
          };
        body = d.bytes;
      }
    }
    const decoded = decodeContent(body, r.headers.get('content-encoding'), options.maxBytes, truncated);
    if ('error' in decoded) return { kind: 'problem', problem: problem('bad-encoding', decoded.error) };
    body = decoded.bytes;
  }
  if (cut && !http) return { kind: 'problem', problem: problem('truncated', `${cut}; record lost`) };
  const declared = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const mediaType =
    declared === '' || declared === 'application/octet-stream' || declared === 'unk'
      ? sniff(body)
      : MEDIA.get(declared);
  if (mediaType === undefined) return { kind: 'skipped', reason: declared || 'unknown type' };
  if (latin1.decode(body.subarray(0, 64)).trim() === '' && latin1.decode(body).trim() === '')
    return { kind: 'skipped', reason: 'empty payload' };
  const capturedAt = archiveDate(h.get('warc-date'));
  const raw: RawDocument = {
    uri,
    name: name ?? uri,
    bytes: body,
    mediaType,
    ...(capturedAt ? { capturedAt } : {}),
    hints: { url: uri },
  };
  return { kind: 'document', raw, warnings };
}

/** `<http://example.com/>` (a WARC 1.1 spec example, copied by some writers) and spaces (old crawlers) tidied. */
function cleanUri(s: string | undefined): string | undefined {
  const v = (s ?? '')
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .trim();
  return v === '' ? undefined : v.replace(/ /g, '%20');
}

function startsWithHttp(b: Uint8Array): boolean {
  return /^HTTP\/\d/i.test(latin1.decode(b.subarray(0, 8)));
}

/** A payload with no useful type: HTML if it says so at the start, otherwise not read. */
function sniff(b: Uint8Array): string | undefined {
  const head = latin1.decode(b.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') ? 'text/html' : undefined;
}
