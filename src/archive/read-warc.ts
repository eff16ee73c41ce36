import { gunzipSync } from 'node:zlib';

export interface WarcRecord {
  /** Byte offset of the record in the uncompressed WARC. */
  readonly offset: number;
  /** Field names lower-cased; the first of a repeated field wins. */
  readonly fields: ReadonlyMap<string, string>;
  readonly block: Uint8Array;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/**
 * The records of a whole WARC file (gzipped or not), read strictly: a package is either
 * sound or refused, so any framing fault is a problem and reading stops there (the
 * forgiving reader for crawler WARCs is src/ingest/warc/).
 */
export function readWarc(data: Uint8Array): { readonly records: readonly WarcRecord[]; readonly problem?: string } {
  let bytes: Buffer;
  try {
    bytes = data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : Buffer.from(data.buffer, data.byteOffset, data.length);
  } catch (err) {
    return { records: [], problem: `cannot be decompressed (${err instanceof Error ? err.message : String(err)})` };
  }
  const records: WarcRecord[] = [];
  let p = 0;
  while (p < bytes.length) {
    const headEnd = bytes.indexOf(CRLF2, p);
    if (headEnd < 0) return { records, problem: `record at byte ${p}: no end of header` };
    const lines = bytes.subarray(p, headEnd).toString('utf8').split('\r\n');
    if (!/^WARC\/1\.[01]$/.test(lines[0] ?? '')) return { records, problem: `record at byte ${p}: does not begin with WARC/1.0 or WARC/1.1` };
    const fields = new Map<string, string>();
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon <= 0) return { records, problem: `record at byte ${p}: header line ${JSON.stringify(line.slice(0, 60))} is not "Name: value"` };
      const name = line.slice(0, colon).trim().toLowerCase();
      if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
    }
    const length = Number(fields.get('content-length'));
    if (!/^\d+$/.test(fields.get('content-length') ?? '')) return { records, problem: `record at byte ${p}: no Content-Length` };
    const start = headEnd + 4;
    if (start + length + 4 > bytes.length || !bytes.subarray(start + length, start + length + 4).equals(CRLF2)) {
      return { records, problem: `record at byte ${p}: its block is not ${length} bytes followed by two CRLFs` };
    }
    records.push({ offset: p, fields, block: bytes.subarray(start, start + length) });
    p = start + length + 4;
  }
  return { records };
}
