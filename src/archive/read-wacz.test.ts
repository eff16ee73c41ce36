import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { matchesDigest } from './labelled-digest.ts';
import { readWacz } from './read-wacz.ts';
import { sealEntry } from './seal-entry.ts';
import { surt } from './surt.ts';
import { writeWacz, type WaczItem } from './write-wacz.ts';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

function item(text: string, targetUri: string, mediaType = 'text/plain'): WaczItem {
  const bytes = Buffer.from(text);
  const sha256 = sha(bytes);
  const { line } = sealEntry({ who: 'ana', action: 'capture', uri: targetUri, sha256, size: bytes.length, mediaType }, 1, '0'.repeat(64), '2024-04-02T10:00:00.000Z');
  return { sha256, bytes, mediaType, targetUri, date: '2024-04-02T10:00:00.000Z', custody: [line] };
}

const ITEMS = [item('The harbour board denied it.\n', 'https://velm-courier.example/news/board', 'text/html'), item('Residents of Velm disagree.\n', 'file:///cases/velm/residents.txt')];
const META = { title: 'test', software: 'claimtrail', created: '2024-04-03T00:00:00.000Z' };

/** Rebuilds a package with one file replaced, as someone editing it would. */
function rezip(wacz: Uint8Array, path: string, edit: (b: Uint8Array) => Uint8Array): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(wacz);
  files[path] = edit(files[path] as Uint8Array);
  return zipSync(files);
}

describe('writeWacz and readWacz', () => {
  it('pack originals that come back byte for byte, with the WACZ files and digests', () => {
    const wacz = writeWacz(ITEMS, META);
    const files = unzipSync(wacz);
    assert.deepEqual(Object.keys(files).sort(), ['archive/data.warc.gz', 'datapackage-digest.json', 'datapackage.json', 'indexes/index.cdx', 'pages/pages.jsonl']);
    const pkg = JSON.parse(Buffer.from(files['datapackage.json'] as Uint8Array).toString()) as { wacz_version: string; resources: { path: string; hash: string }[] };
    assert.equal(pkg.wacz_version, '1.1.1');
    for (const r of pkg.resources) assert.equal(r.hash, `sha256:${sha(files[r.path] as Uint8Array)}`);
    const warc = gunzipSync(files['archive/data.warc.gz'] as Uint8Array).toString();
    assert.match(warc, /^WARC\/1\.1\r\nWARC-Type: warcinfo/);
    assert.match(warc, new RegExp(`WARC-Type: resource\r\n[^]*?WARC-Payload-Digest: sha256:${ITEMS[0]?.sha256}`));
    assert.match(Buffer.from(files['pages/pages.jsonl'] as Uint8Array).toString(), /"format":"json-pages-1.0"/);
    const r = readWacz(wacz);
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.sha256, sha(wacz));
    assert.deepEqual(
      r.originals.map((o) => [o.targetUri, o.mediaType, Buffer.from(o.bytes).toString(), o.date]),
      ITEMS.map((i) => [i.targetUri, i.mediaType, Buffer.from(i.bytes).toString(), i.date]),
    );
  });

  it('refuse a package with any altered file, naming it, and take nothing', () => {
    const wacz = writeWacz(ITEMS, META);
    const flip = (b: Uint8Array): Uint8Array => {
      const c = Buffer.from(b);
      c[Math.floor(c.length / 2)] = (c[Math.floor(c.length / 2)] as number) ^ 0x20;
      return c;
    };
    for (const path of ['archive/data.warc.gz', 'pages/pages.jsonl', 'indexes/index.cdx', 'datapackage.json']) {
      const r = readWacz(rezip(wacz, path, flip));
      assert.equal(r.ok, false, path);
      if (!r.ok) assert.match(r.problems.join('\n'), new RegExp(path.replace(/\./g, '\\.')), path);
    }
    assert.equal(readWacz(Buffer.from('not a zip')).ok, false);
  });

  it('refuse a record whose payload was altered even when the manifest was redone to match', () => {
    const wacz = writeWacz(ITEMS, META);
    const files = unzipSync(wacz);
    const warc = gunzipSync(files['archive/data.warc.gz'] as Uint8Array).toString().replace('The harbour board denied it.', 'The harbour board admitted.');
    files['archive/data.warc.gz'] = Buffer.from(warc.replace(/Content-Length: 29\r\n\r\nThe harbour board admitted/, 'Content-Length: 28\r\n\r\nThe harbour board admitted'));
    const pkg = JSON.parse(Buffer.from(files['datapackage.json'] as Uint8Array).toString()) as { resources: { path: string; hash: string; bytes: number }[] };
    for (const r of pkg.resources) Object.assign(r, { hash: `sha256:${sha(files[r.path] as Uint8Array)}`, bytes: (files[r.path] as Uint8Array).length });
    files['datapackage.json'] = Buffer.from(JSON.stringify(pkg));
    files['datapackage-digest.json'] = Buffer.from(JSON.stringify({ path: 'datapackage.json', hash: `sha256:${sha(files['datapackage.json'] as Uint8Array)}` }));
    const r = readWacz(zipSync(files));
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.problems.join('\n'), /resource record for https:\/\/velm-courier\.example\/news\/board: payload does not match its digest/);
  });
});

describe('matchesDigest and surt', () => {
  it('read the digest spellings WARC tools write', () => {
    const b = Buffer.from('hello');
    assert.equal(matchesDigest(`sha256:${sha(b)}`, b), true);
    assert.equal(matchesDigest('sha1:VL2MMHO4YXUKFWV63YHTWSBM3GXKSQ2N', b), true);
    assert.equal(matchesDigest('sha1:aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d', b), true);
    assert.equal(matchesDigest('sha1:aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434e', b), false);
    assert.equal(matchesDigest('md5:5d41402abc4b2a76b9719d911017c592', b), undefined);
  });
  it('put hosts in SURT order', () => {
    assert.equal(surt('https://www.Velm-Courier.example/News/A?b=1'), 'example,velm-courier)/news/a?b=1');
    assert.equal(surt('file:///cases/A.txt'), 'file:///cases/a.txt');
  });
});
