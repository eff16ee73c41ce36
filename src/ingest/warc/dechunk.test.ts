import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dechunk } from './dechunk.ts';

const s = (b: Uint8Array): string => Buffer.from(b).toString();

describe('dechunk', () => {
  it('joins chunks, with extensions, CRLF or LF, and trailers', () => {
    const r = dechunk(Buffer.from('4\r\nThe \r\n6;x=y\r\nharbor\r\n0\r\nX-Trailer: 1\r\n\r\n'));
    assert.ok('bytes' in r);
    assert.equal(s(r.bytes), 'The harbor');
    const lf = dechunk(Buffer.from('3\nabc\n0\n\n'));
    assert.ok('bytes' in lf && s(lf.bytes) === 'abc');
  });
  it('says when a body is not chunked at all, or is cut off', () => {
    assert.deepEqual(dechunk(Buffer.from('<html>already plain</html>')), { notChunked: true });
    const cut = dechunk(Buffer.from('a\r\n0123'));
    assert.ok('bytes' in cut && cut.cut === true && s(cut.bytes) === '0123');
    assert.ok('error' in dechunk(Buffer.from('3\r\nabc\r\nzz\r\n')));
  });
});
