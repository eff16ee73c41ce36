import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { decodeContent } from './decode-content.ts';

const s = (b: Uint8Array): string => Buffer.from(b).toString();

describe('decodeContent', () => {
  it('undoes stacked encodings, last first, and refuses unknown ones', () => {
    const twice = gzipSync(gzipSync('layered'));
    const r = decodeContent(twice, 'gzip, x-gzip', 1000);
    assert.ok('bytes' in r && s(r.bytes) === 'layered');
    assert.ok('error' in decodeContent(Buffer.from('x'), 'compress', 1000));
    assert.ok('bytes' in decodeContent(Buffer.from('as is'), 'identity', 1000));
  });
  it('caps what a body may inflate to', () => {
    const r = decodeContent(gzipSync(Buffer.alloc(100000)), 'gzip', 1000);
    assert.ok('error' in r && /over 1000 bytes/.test(r.error));
  });
  it('gives what a cut-off stream has when the capture says it was truncated', () => {
    const gz = gzipSync('a capture that the crawler cut short '.repeat(50));
    assert.ok('error' in decodeContent(gz.subarray(0, 60), 'gzip', 10000));
    const r = decodeContent(gz.subarray(0, 60), 'gzip', 10000, true);
    assert.ok('bytes' in r && s(r.bytes).startsWith('a capture'));
  });
});
