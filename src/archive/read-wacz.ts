import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { matchesDigest } from './labelled-digest.ts';
import { parseEntryLine } from './parse-entry-line.ts';
import { readWarc, type WarcRecord } from './read-warc.ts';
import { CUSTODY_MEDIA_TYPE } from './write-wacz.ts';

/** An original found in a package, its digest checked. */
export interface WaczOriginal {
  readonly targetUri: string;
  /** WARC-Date. */
  readonly date?: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  /** `archive/data.warc.gz @ 1234`: where in the package it was. */
  readonly from: string;
}

export type WaczContents =
  | { readonly ok: true; readonly sha256: string; readonly originals: readonly WaczOriginal[]; readonly skipped: readonly string[] }
  | { readonly ok: false; readonly sha256: string; readonly problems: readonly string[] };

const resourceSchema = z.object({ path: z.string().min(1), hash: z.string(), bytes: z.number().int().nonnegative().optional() });
const datapackageSchema = z.object({ resources: z.array(resourceSchema) });
const digestSchema = z.object({ path: z.literal('datapackage.json'), hash: z.string() });

/** What ingest can read: other records (images, scripts) are passed over. */
const TEXT_TYPES: ReadonlySet<string> = new Set(['text/plain', 'text/html', 'application/xhtml+xml']);

/**
 * Checks a WACZ package whole before anything is taken from it: datapackage-digest.json
 * against datapackage.json, every file against the SHA-256 and size datapackage.json
 * lists (and no file unlisted), every WARC record's block and payload digests, and the
 * carried custody entries' own hashes. Any fault refuses the package (`ok: false`, every
 * fault named); else its originals: resource records, and plain 200 responses, of text.
 */
export function readWacz(bytes: Uint8Array): WaczContents {
  const sha256 = hex(bytes);
  const problems: string[] = [];
  const refuse = (): WaczContents => ({ ok: false, sha256, problems });
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (err) {
    problems.push(`not a readable zip file (${err instanceof Error ? err.message : String(err)})`);
    return refuse();
  }
  const manifest = files['datapackage.json'];
  if (!manifest) {
    problems.push('datapackage.json is missing');
    return refuse();
  }
  const digestFile = files['datapackage-digest.json'];
  const digest = digestFile ? digestSchema.safeParse(parseJson(digestFile)) : undefined;
  if (!digestFile) problems.push('datapackage-digest.json is missing: datapackage.json cannot be checked');
  else if (!digest?.success) problems.push('datapackage-digest.json is not {"path": "datapackage.json", "hash": …}');
  else if (matchesDigest(digest.data.hash, manifest) !== true) problems.push(`datapackage.json does not match its digest ${digest.data.hash}: altered`);
  const pkg = datapackageSchema.safeParse(parseJson(manifest));
  if (!pkg.success) {
    problems.push('datapackage.json has no list of resources with paths and hashes');
    return refuse();
  }
  const listed = new Set<string>(['datapackage.json', 'datapackage-digest.json']);
  for (const r of pkg.data.resources) {
    listed.add(r.path);
    const file = files[r.path];
    if (!file) problems.push(`${r.path} is listed in datapackage.json but missing`);
    else if (matchesDigest(r.hash, file) !== true) problems.push(`${r.path} does not match its digest ${r.hash}: altered`);
    else if (r.bytes !== undefined && r.bytes !== file.length) problems.push(`${r.path} is ${file.length} bytes, datapackage.json says ${r.bytes}`);
  }
  for (const name of Object.keys(files)) if (!name.endsWith('/') && !listed.has(name)) problems.push(`${name} is not listed in datapackage.json`);

  const originals: WaczOriginal[] = [];
  const skipped: string[] = [];
  for (const r of pkg.data.resources) {
    const file = files[r.path];
    if (!file || !/^archive\/.+\.warc(\.gz)?$/.test(r.path)) continue;
    const warc = readWarc(file);
    if (warc.problem) problems.push(`${r.path}: ${warc.problem}`);
    for (const rec of warc.records) {
      const at = `${r.path} @ ${rec.offset}`;
      const taken = original(rec, at, problems, skipped);
      if (taken) originals.push(taken);
    }
  }
  return problems.length > 0 ? refuse() : { ok: true, sha256, originals, skipped };
}

function original(rec: WarcRecord, at: string, problems: string[], skipped: string[]): WaczOriginal | undefined {
  const type = rec.fields.get('warc-type') ?? '';
  const block = rec.fields.get('warc-block-digest');
  if (block !== undefined && matchesDigest(block, rec.block) === false) problems.push(`${at}: the ${type} record's block does not match its digest ${block}: altered`);
  if (type === 'metadata' && (rec.fields.get('content-type') ?? '') === CUSTODY_MEDIA_TYPE) {
    const lines = Buffer.from(rec.block).toString('utf8').split('\n').filter((l) => l !== '');
    lines.forEach((l, i) => {
      const p = parseEntryLine(Buffer.from(l));
      if (!p.ok) problems.push(`${at}: custody entry ${i + 1} carried for ${rec.fields.get('warc-target-uri') ?? '?'}: ${p.problem}: altered`);
    });
    return undefined;
  }
  if (type !== 'resource' && type !== 'response') return undefined;
  const uri = rec.fields.get('warc-target-uri') ?? '';
  let payload: Uint8Array = rec.block;
  let mediaType = rec.fields.get('content-type') ?? '';
  if (type === 'response') {
    const http = httpBody(rec.block);
    if (!http) {
      problems.push(`${at}: response record for ${uri} holds no HTTP response`);
      return undefined;
    }
    if (http.status !== 200 || http.encoded) {
      skipped.push(`${uri}: HTTP ${http.status}${http.encoded ? ', transfer- or content-encoded' : ''}`);
      return undefined;
    }
    payload = http.body;
    mediaType = http.contentType;
  }
  const digest = rec.fields.get('warc-payload-digest') ?? (type === 'resource' ? block : undefined);
  if (digest === undefined) {
    problems.push(`${at}: ${type} record for ${uri} has no digest to check its payload by`);
    return undefined;
  }
  const ok = matchesDigest(digest, payload);
  if (ok !== true) {
    problems.push(`${at}: ${type} record for ${uri}: ${ok === undefined ? `digest ${digest} uses an algorithm not checked here` : `payload does not match its digest ${digest}: altered`}`);
    return undefined;
  }
  const bare = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!TEXT_TYPES.has(bare)) {
    skipped.push(`${uri}: ${bare || 'no media type'}`);
    return undefined;
  }
  const date = rec.fields.get('warc-date');
  return { targetUri: uri, ...(date ? { date } : {}), mediaType: bare === 'application/xhtml+xml' ? 'text/html' : bare, bytes: payload, from: at };
}

function httpBody(block: Uint8Array): { status: number; contentType: string; encoded: boolean; body: Uint8Array } | undefined {
  const b = Buffer.from(block.buffer, block.byteOffset, block.length);
  const end = b.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine = '', ...lines] = b.subarray(0, end).toString('latin1').split('\r\n');
  const m = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(statusLine);
  if (!m) return undefined;
  const header = (name: string): string => lines.find((l) => l.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? '';
  const encoded = /chunked/i.test(header('transfer-encoding')) || !/^(identity)?$/i.test(header('content-encoding'));
  return { status: Number(m[1]), contentType: header('content-type'), encoded, body: b.subarray(end + 4) };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined;
  }
}

function hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
