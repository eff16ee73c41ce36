import { randomUUID } from 'node:crypto';

export interface WarcRecordFields {
  /** `response`, `resource`, `conversion`, `request`, `warcinfo`, ... */
  readonly type: string;
  readonly uri?: string;
  /** ISO 8601; default the epoch, so that output is deterministic. */
  readonly date?: string;
  /** The record's own Content-Type (`application/http; msgtype=response` for a response). */
  readonly contentType?: string;
  /** Default: a random UUID. */
  readonly id?: string;
  /** More header fields, written as given. */
  readonly extra?: Readonly<Record<string, string>>;
}

const enc = new TextEncoder();

/**
 * One WARC/1.1 record (header, block, the CRLF CRLF that ends it), for tests and for
 * generating archives; gzip it alone for a per-record-gzip file.
 */
export function warcRecordBytes(fields: WarcRecordFields, block: Uint8Array | string): Buffer {
  const body = typeof block === 'string' ? enc.encode(block) : block;
  const lines = [
    'WARC/1.1',
    `WARC-Type: ${fields.type}`,
    `WARC-Record-ID: <urn:uuid:${fields.id ?? randomUUID()}>`,
    `WARC-Date: ${fields.date ?? '1970-01-01T00:00:00Z'}`,
    ...(fields.uri ? [`WARC-Target-URI: ${fields.uri}`] : []),
    ...(fields.contentType ? [`Content-Type: ${fields.contentType}`] : []),
    ...Object.entries(fields.extra ?? {}).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${body.length}`,
  ];
  return Buffer.concat([enc.encode(`${lines.join('\r\n')}\r\n\r\n`), body, enc.encode('\r\n\r\n')]);
}
