import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { httpResponseBytes } from './http-response-bytes.ts';
import { warcRecordBytes } from './warc-record-bytes.ts';
import { warcSource } from './warc-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'warc-fuzz-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pages = [
  'The ferry to Orla was cancelled again.',
  'Harbour fees rise in spring, the council said.',
  'A new lighthouse keeper starts on Monday.',
];
const records = pages.flatMap((p, i) => [
  warcRecordBytes(
    { type: 'request', uri: `https://orla.example/${i}`, contentType: 'application/http; msgtype=request' },
    'GET / HTTP/1.1\r\n\r\n',
  ),
  warcRecordBytes(
    { type: 'response', uri: `https://orla.example/${i}`, contentType: 'application/http; msgtype=response' },
    httpResponseBytes(
      200,
      { 'Content-Type': 'text/plain', ...(i === 1 ? { 'Content-Encoding': 'gzip' } : {}) },
      i === 1 ? gzipSync(p) : p,
    ),
  ),
]);

/** Damages a copy: flips, deletes, duplicates or cuts bytes at random places. */
function damage(b: Buffer, rnd: () => number): Buffer {
  let out = Buffer.from(b);
  const edits = 1 + Math.floor(rnd() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rnd() * out.length);
    const kind = Math.floor(rnd() * 4);
    if (kind === 0) out[at] = Math.floor(rnd() * 256);
    else if (kind === 1)
      out = Buffer.concat([out.subarray(0, at), out.subarray(at + 1 + Math.floor(rnd() * 40))]);
    else if (kind === 2)
      out = Buffer.concat([
        out.subarray(0, at),
        out.subarray(at, at + Math.floor(rnd() * 40)),
        out.subarray(at),
      ]);
    else out = out.subarray(0, at);
  }
  return out;
}

describe('warcSource on damaged archives', () => {
  it('never throws, always ends, and gives every problem an offset', async () => {
    const rnd = random(20240305);
    const plain = Buffer.concat(records);
    const members = Buffer.concat(records.map((r) => gzipSync(r)));
    for (let i = 0; i < 300; i++) {
      const gz = i % 2 === 1;
      const path = join(dir, `f${i}.warc${gz ? '.gz' : ''}`);
      writeFileSync(path, damage(gz ? members : plain, rnd));
      let items = 0;
      for await (const item of warcSource(path)) {
        items++;
        if (!item.ok)
          assert.equal(typeof item.problem.offset, 'number', `file ${i}: ${item.problem.message}`);
        else assert.ok(item.raw.bytes.length > 0);
      }
      assert.ok(items < 100, `file ${i}: ${items} items from 6 records`);
    }
  });
});
