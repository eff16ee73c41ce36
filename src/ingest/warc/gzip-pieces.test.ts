import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { gzipPieces, type GzipPiecesOptions } from './gzip-pieces.ts';
import type { Piece } from './piece.ts';

/** The pieces for a byte string fed in chunks of `chunk` bytes. */
async function pieces(
  bytes: Uint8Array,
  chunk = 5,
  options: Partial<GzipPiecesOptions> = {},
): Promise<{ data: [number | undefined, string][]; problems: [string, number | undefined, boolean][] }> {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  }
  const data: [number | undefined, string][] = [];
  const problems: [string, number | undefined, boolean][] = [];
  for await (const p of gzipPieces(chunks(), {
    doc: 'x.gz',
    path: 'x.gz',
    ...options,
  }) as AsyncIterable<Piece>) {
    if (p.kind === 'data') data.push([p.origin, Buffer.from(p.bytes).toString()]);
    else problems.push([p.problem.code, p.problem.offset, p.lost]);
  }
  return { data, problems };
}

const a = gzipSync('first member: the tide came in.');
const b = gzipSync('second member: the boats went out.');
const c = gzipSync('third member: the gulls stayed.');

describe('gzipPieces', () => {
  it('gives each member with its file offset, across chunk boundaries', async () => {
    const r = await pieces(Buffer.concat([a, b, c]), 3);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.data, [
      [0, 'first member: the tide came in.'],
      [a.length, 'second member: the boats went out.'],
      [a.length + b.length, 'third member: the gulls stayed.'],
    ]);
  });

  it('reports a damaged member and finds the next one', async () => {
    const bad = Buffer.from(b);
    bad.fill(0xff, 10, 20);
    const r = await pieces(Buffer.concat([a, bad, c]));
    assert.deepEqual(r.problems, [['bad-gzip', a.length, true]]);
    assert.deepEqual(
      r.data.map((d) => d[0]),
      [0, a.length + b.length],
    );
  });

  it('reports a member whose checksum does not match', async () => {
    const bad = Buffer.from(b);
    bad.writeUInt32LE(12345, bad.length - 8);
    const r = await pieces(Buffer.concat([a, bad, c]));
    assert.deepEqual(r.problems, [['bad-gzip', a.length, true]]);
    assert.equal(r.data.length, 2);
  });

  it('skips zero padding quietly and reports other stray bytes', async () => {
    const r = await pieces(Buffer.concat([a, Buffer.alloc(7), b, Buffer.from('junk!'), c, Buffer.alloc(3)]));
    assert.deepEqual(r.problems, [['bad-gzip', a.length + 7 + b.length, true]]);
    assert.equal(r.data.length, 3);
  });

  it('reports a member cut off by the end of the file', async () => {
    const r = await pieces(Buffer.concat([a, b.subarray(0, 20)]));
    assert.deepEqual(r.problems, [['truncated', a.length, true]]);
    assert.equal(r.data.length, 1);
    const header = await pieces(Buffer.concat([a, b.subarray(0, 6)]));
    assert.deepEqual(header.problems, [['truncated', a.length, true]]);
  });

  it('keeps a member that lacks only its trailer, with a note', async () => {
    const r = await pieces(Buffer.concat([a, b.subarray(0, b.length - 3)]));
    assert.deepEqual(r.problems, [['truncated', a.length, false]]);
    assert.equal(r.data[1]?.[1], 'second member: the boats went out.');
  });

  it('streams a member too big to hold, from its offset on', async () => {
    const big = gzipSync('the long report goes on. '.repeat(4000));
    const r = await pieces(Buffer.concat([a, big, c]), 1000, { maxMemberBytes: 64, maxMemberOutput: 1024 });
    assert.deepEqual(r.problems, []);
    assert.equal(r.data[0]?.[0], 0);
    assert.equal(r.data[1]?.[0], a.length);
    const rest = r.data
      .slice(1)
      .map((d) => d[1])
      .join('');
    assert.equal(rest, `${'the long report goes on. '.repeat(4000)}third member: the gulls stayed.`);
  });

  it('reports damage found while streaming', async () => {
    const big = Buffer.from(gzipSync('x'.repeat(100000) + Math.PI));
    const cut = big.subarray(0, big.length - 30);
    const r = await pieces(cut, 1000, { maxMemberBytes: 16, maxMemberOutput: 1024 });
    assert.deepEqual(r.problems, [['bad-gzip', 0, true]]);
  });
});
