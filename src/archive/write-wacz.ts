import { createHash, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zipSync, type Zippable } from 'fflate';
import { surt } from './surt.ts';
import { warcRecord } from './warc-record.ts';

/** One original to pack. */
export interface WaczItem {
  readonly sha256: string;
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  /** WARC-Target-URI: the web address, or the file: URL it was read from. */
  readonly targetUri: string;
  /** WARC-Date: when it was captured, ISO 8601 UTC. */
  readonly date: string;
  readonly title?: string;
  /** Its custody entries, one canonical JSON line each: carried in a metadata record. */
  readonly custody: readonly string[];
}

export interface WaczMeta {
  readonly title: string;
  readonly description?: string;
  readonly software: string;
  /** ISO 8601 UTC. */
  readonly created: string;
}

/** The media type of the metadata record that carries an original's custody entries. */
export const CUSTODY_MEDIA_TYPE = 'application/vnd.claimtrail.custody+jsonl';

/**
 * A WACZ 1.1.1 package of originals: archive/data.warc.gz (a warcinfo record, then per
 * original a `resource` record holding its bytes unaltered with WARC-Payload-Digest and
 * WARC-Block-Digest, and a `metadata` record with its custody entries), indexes/index.cdx
 * (CDXJ), pages/pages.jsonl, datapackage.json (each file's SHA-256 and size) and
 * datapackage-digest.json (the SHA-256 of datapackage.json). Each record is its own
 * gzip member so that the index's offsets reach it directly; the WARC is stored in the
 * zip uncompressed, as the spec asks, so that replay tools can read ranges of it.
 */
export function writeWacz(items: readonly WaczItem[], meta: WaczMeta): Uint8Array {
  const members: Buffer[] = [];
  const index: string[] = [];
  let offset = 0;
  const add = (record: Buffer): { offset: number; length: number } => {
    const gz = gzipSync(record);
    members.push(gz);
    const at = { offset, length: gz.length };
    offset += gz.length;
    return at;
  };
  const info = `software: ${meta.software}\r\nformat: WARC File Format 1.1\r\ntitle: ${oneLine(meta.title)}\r\n`;
  add(warcRecord(header('warcinfo', meta.created, [['WARC-Filename', 'data.warc.gz'], ['Content-Type', 'application/warc-fields']]), Buffer.from(info)));
  for (const item of items) {
    const id = `<urn:uuid:${randomUUID()}>`;
    const digest = `sha256:${item.sha256}`;
    const at = add(
      warcRecord(
        [
          ['WARC-Type', 'resource'],
          ['WARC-Record-ID', id],
          ['WARC-Date', item.date],
          ['WARC-Target-URI', item.targetUri],
          ['WARC-Payload-Digest', digest],
          ['WARC-Block-Digest', digest],
          ['Content-Type', item.mediaType],
        ],
        item.bytes,
      ),
    );
    index.push(`${surt(item.targetUri)} ${item.date.replace(/\D/g, '').slice(0, 14)} ${JSON.stringify({ url: item.targetUri, mime: item.mediaType, digest, length: at.length, offset: at.offset, filename: 'data.warc.gz' })}`);
    const custody = Buffer.from(item.custody.map((l) => `${l}\n`).join(''));
    add(
      warcRecord(
        [
          ['WARC-Type', 'metadata'],
          ['WARC-Record-ID', `<urn:uuid:${randomUUID()}>`],
          ['WARC-Date', meta.created],
          ['WARC-Target-URI', item.targetUri],
          ['WARC-Refers-To', id],
          ['WARC-Block-Digest', `sha256:${sha256(custody)}`],
          ['Content-Type', CUSTODY_MEDIA_TYPE],
        ],
        custody,
      ),
    );
  }
  const warc = Buffer.concat(members);
  const pages = [
    JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }),
    ...items.map((i) => JSON.stringify({ id: i.sha256, url: i.targetUri, ts: i.date, ...(i.title ? { title: i.title } : {}) })),
  ];
  const files: [string, Buffer][] = [
    ['archive/data.warc.gz', warc],
    ['indexes/index.cdx', Buffer.from(index.sort().map((l) => `${l}\n`).join(''))],
    ['pages/pages.jsonl', Buffer.from(pages.map((l) => `${l}\n`).join(''))],
  ];
  const datapackage = Buffer.from(
    `${JSON.stringify(
      {
        profile: 'data-package',
        wacz_version: '1.1.1',
        title: meta.title,
        ...(meta.description ? { description: meta.description } : {}),
        created: meta.created,
        software: meta.software,
        ...(items[0] ? { mainPageUrl: items[0].targetUri, mainPageDate: items[0].date } : {}),
        resources: files.map(([path, bytes]) => ({ name: path.slice(path.lastIndexOf('/') + 1), path, hash: `sha256:${sha256(bytes)}`, bytes: bytes.length })),
      },
      null,
      2,
    )}\n`,
  );
  const digest = Buffer.from(`${JSON.stringify({ path: 'datapackage.json', hash: `sha256:${sha256(datapackage)}` }, null, 2)}\n`);
  const mtime = new Date(meta.created);
  const zip: Zippable = {};
  for (const [path, bytes] of files) zip[path] = [bytes, { level: path.startsWith('archive/') ? 0 : 6, mtime }];
  zip['datapackage.json'] = [datapackage, { level: 6, mtime }];
  zip['datapackage-digest.json'] = [digest, { level: 6, mtime }];
  return zipSync(zip);

  function header(type: string, date: string, rest: [string, string][]): [string, string][] {
    return [['WARC-Type', type], ['WARC-Record-ID', `<urn:uuid:${randomUUID()}>`], ['WARC-Date', date], ...rest];
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}
