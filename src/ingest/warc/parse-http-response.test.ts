import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHttpResponse } from './parse-http-response.ts';

const s = (b: Uint8Array): string => Buffer.from(b).toString();

describe('parseHttpResponse', () => {
  it('splits status, headers (repeated ones joined) and body', () => {
    const r = parseHttpResponse(
      Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nVary: a\nVary: b\r\n\r\n<p>hi</p>'),
    );
    assert.ok('status' in r);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('vary'), 'a, b');
    assert.equal(s(r.body), '<p>hi</p>');
  });
  it('says why a block is not a response', () => {
    assert.ok('error' in parseHttpResponse(Buffer.from('<html>no status line</html>')));
    assert.ok('error' in parseHttpResponse(Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n<p>')));
    const headOnly = parseHttpResponse(Buffer.from('HTTP/1.1 204 No Content\r\nServer: x\r\n'));
    assert.ok('status' in headOnly && headOnly.body.length === 0);
  });
});
