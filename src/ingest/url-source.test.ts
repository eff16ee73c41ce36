import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { localServer } from '../../test/local-server.ts';
import type { SourceItem } from './source-item.ts';
import { urlSource } from './url-source.ts';

const PAGE = '<!DOCTYPE html><html><head><title>Velm floods</title></head><body><p>“The works were finished,” said Orrin Tate.</p></body></html>';

async function all(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

describe('urlSource (against a local server)', () => {
  let server: Awaited<ReturnType<typeof localServer>>;
  before(async () => {
    server = await localServer((req, res) => {
      const path = req.url ?? '';
      if (path === '/news/velm-floods.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE);
      } else if (path === '/gzip') {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
        res.end(gzipSync('plain text, compressed'));
      } else if (path.startsWith('/hop/')) {
        const n = Number(path.slice(5));
        res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/news/velm-floods.html' });
        res.end();
      } else if (path === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(5000) });
        res.end('x'.repeat(5000));
      } else if (path === '/big-chunked') {
        // no Content-Length: the limit must be enforced while streaming
        res.writeHead(200, { 'content-type': 'text/plain' });
        const timer = setInterval(() => res.write('y'.repeat(1000)), 5);
        res.on('close', () => clearInterval(timer));
      } else if (path === '/slow') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('first chunk, then silence');
      } else if (path === '/pdf') {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.4');
      } else if (path === '/busy') {
        res.writeHead(503, { 'retry-after': '120' });
        res.end('come back later');
      } else {
        res.writeHead(404);
        res.end('not here');
      }
    });
  });
  after(() => server.close());

  it('fetches a page: bytes, media type from the response, capture time, an honest User-Agent', async () => {
    const [item] = await all(urlSource([`${server.url}/news/velm-floods.html`], { now: () => new Date('2024-05-14T10:00:00Z') }));
    assert.ok(item?.ok);
    assert.equal(item.raw.name, 'velm-floods');
    assert.equal(item.raw.mediaType, 'text/html');
    assert.equal(new TextDecoder().decode(item.raw.bytes), PAGE);
    assert.equal(item.raw.capturedAt, '2024-05-14T10:00:00.000Z');
    assert.match(String(server.requests.at(-1)?.headers['user-agent']), /^claimtrail\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/claimtrail; research tool\)$/);
  });

  it('follows redirects up to the limit, decompresses gzip', async () => {
    const [ok, gz] = await all(urlSource([`${server.url}/hop/2`, `${server.url}/gzip`]));
    assert.ok(ok?.ok);
    assert.equal(ok.raw.hints?.url, `${server.url}/news/velm-floods.html`);
    assert.ok(gz?.ok);
    assert.equal(new TextDecoder().decode(gz.raw.bytes), 'plain text, compressed');
  });

  it('reports each bad URL as a problem and goes on', async () => {
    const items = await all(
      urlSource(
        [
          `${server.url}/hop/9`,
          `${server.url}/big`,
          `${server.url}/big-chunked`,
          `${server.url}/slow`,
          `${server.url}/missing`,
          `${server.url}/busy`,
          `${server.url}/pdf`,
          'ftp://example.invalid/x',
          `${server.url}/news/velm-floods.html`,
        ],
        { maxBytes: 4096, maxRedirects: 3, readTimeoutMs: 300 },
      ),
    );
    const codes = items.map((i) => (i.ok ? 'ok' : i.problem.code));
    assert.deepEqual(codes, ['too-many-redirects', 'too-large', 'too-large', 'timeout', 'http-status', 'http-status', 'unsupported-type', 'bad-url', 'ok']);
    const messages = items.flatMap((i) => (i.ok ? [] : [i.problem.message]));
    assert.match(messages[0] ?? '', /more than 3 redirects/);
    assert.match(messages[1] ?? '', /over the 0\.0 MB limit/);
    assert.match(messages[3] ?? '', /no data for 0\.3 s/);
    assert.match(messages[4] ?? '', /HTTP 404/);
    assert.match(messages[5] ?? '', /HTTP 503/);
  });

  it('times out a connection that never completes (a TLS handshake nobody answers)', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((s) => sockets.push(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const [item] = await all(urlSource([`https://127.0.0.1:${port}/`], { connectTimeoutMs: 200, readTimeoutMs: 5000 }));
      assert.ok(item && !item.ok);
      assert.equal(item.problem.code, 'timeout');
      assert.match(item.problem.message, /no connection within 0\.2 s/);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('reports a refused connection (a closed local port)', async () => {
    const closed = await localServer(() => {});
    const url = closed.url;
    await closed.close();
    const [item] = await all(urlSource([`${url}/`], { connectTimeoutMs: 1000 }));
    assert.ok(item && !item.ok);
    assert.equal(item.problem.code, 'unreachable');
    assert.match(item.problem.message, /connection refused/);
  });
});
