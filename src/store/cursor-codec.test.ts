import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { UsageError } from '../domain/errors.ts';
import { cursorCodec } from './cursor-codec.ts';

describe('cursorCodec', () => {
  const docs = cursorCodec('documents', z.tuple([z.string(), z.int()]));
  const figures = cursorCodec('figures', z.tuple([z.string(), z.int()]));

  it('round-trips a key through an opaque URL-safe string', () => {
    for (const key of [
      ['', 0],
      ['2031-04-02', 17],
      ['Zoë "quoted" / + = ?', 9_007_199_254_740_991],
    ] as [string, number][]) {
      const cursor = docs.encode(key);
      assert.match(cursor, /^[A-Za-z0-9_-]+$/);
      assert.deepEqual(docs.decode(cursor), key);
    }
  });

  it('refuses what it did not make, with a UsageError', () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const bad of [
      '',
      'not base64!',
      'a'.repeat(5000),
      Buffer.from('{not json').toString('base64url'),
      b64(['2031', 1]),
      b64({ l: 'documents', k: ['2031'] }),
      b64({ l: 'documents', k: ['2031', 1.5] }),
      b64({ l: 'documents', k: ['2031', 1], extra: true }),
      figures.encode(['2031', 1]),
    ]) {
      assert.throws(() => docs.decode(bad), UsageError, bad.slice(0, 30));
    }
  });
});
