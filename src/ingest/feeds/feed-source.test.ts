import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { localServer } from '../../../test/local-server.ts';
import type { Diagnostic } from '../../domain/diagnostic.ts';
import type { SourceItem } from '../source-item.ts';
import { feedSource } from './feed-source.ts';

const FEED = (base: string): string => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Velm Courier</title>
  <item>
    <title>Harbour board denies dredging caused flooding</title>
    <link>${base}/2024/harbour-board</link>
    <guid isPermaLink="false">velm-1001</guid>
    <pubDate>Tue, 14 May 2024 09:30:00 +0100</pubDate>
    <dc:creator>Orla Penhallow</dc:creator>
    <description><![CDATA[<p>"The works were finished a month before the rain began," board chairman Orrin Tate said.</p>]]></description>
  </item>
  <item>
    <title>Residents dispute the board's account</title>
    <link>/2024/residents</link>
    <description>&lt;p&gt;“We wrote to them twice,” said Mira Oddny.&lt;/p&gt;</description>
  </item>
</channel>
</rss>`;

const clock = (): Date => new Date('2024-05-14T12:00:00Z');

async function all(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

describe('feedSource', () => {
  let server: Awaited<ReturnType<typeof localServer>>;
  before(async () => {
    server = await localServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        res.end(FEED(''));
      } else if (req.url === '/2024/harbour-board') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><body><h1>Harbour board</h1><p>The full article.</p></body></html>');
      } else if (req.url === '/home') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!DOCTYPE html><html><body>Our home page</body></html>');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  after(() => server.close());

  it('reads a feed file: one HTML original per item, with the feed’s facts as hints', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'claimtrail-feed-')), 'courier.rss');
    writeFileSync(path, FEED('https://courier.example'));
    const items = await all(feedSource([path], { now: clock }));
    assert.equal(items.length, 2);
    const [a, b] = items;
    assert.ok(a?.ok && b?.ok);
    assert.equal(a.raw.name, 'harbour-board-denies-dredging-caused-flooding');
    assert.equal(a.raw.uri, 'https://courier.example/2024/harbour-board');
    assert.equal(a.raw.mediaType, 'text/html');
    assert.equal(a.raw.capturedAt, '2024-05-14T12:00:00.000Z');
    assert.deepEqual(a.raw.hints, {
      title: 'Harbour board denies dredging caused flooding',
      published: '2024-05-14T08:30:00.000Z',
      author: 'Orla Penhallow',
      url: 'https://courier.example/2024/harbour-board',
      publisher: 'The Velm Courier',
    });
    const html = new TextDecoder().decode(a.raw.bytes);
    assert.match(html, /<title>Harbour board denies dredging caused flooding<\/title>/);
    assert.match(html, /<h1>Harbour board denies dredging caused flooding<\/h1>\n<p>"The works were finished/);
    assert.match(new TextDecoder().decode(b.raw.bytes), /<p>“We wrote to them twice,” said Mira Oddny\.<\/p>/);
    // the same item read again (at another time) is the same original
    const again = await all(feedSource([path], { now: () => new Date() }));
    assert.ok(again[0]?.ok);
    assert.deepEqual(again[0].raw.bytes, a.raw.bytes);
  });

  it('fetches a feed over HTTP, resolving relative links against it', async () => {
    const items = await all(feedSource([`${server.url}/feed.xml`], { now: clock }));
    assert.ok(items[1]?.ok);
    assert.equal(items[1].raw.uri, `${server.url}/2024/residents`);
  });

  it('with fetchPages takes each item’s page; a page that fails is reported and the feed content kept', async () => {
    const items = await all(feedSource([`${server.url}/feed.xml`], { now: clock, fetchPages: true }));
    const shape = items.map((i) => (i.ok ? `${i.raw.name} ${i.raw.bytes.length}` : `${i.problem.code}: ${i.problem.message}`));
    assert.equal(items.length, 3, shape.join('\n'));
    const [page, failed, fallback] = items;
    assert.ok(page?.ok);
    assert.match(new TextDecoder().decode(page.raw.bytes), /The full article/);
    assert.equal(page.raw.hints?.title, 'Harbour board denies dredging caused flooding');
    assert.ok(failed && !failed.ok);
    assert.match(failed.problem.message, /residents: HTTP 404/);
    assert.ok(fallback?.ok);
    assert.match(new TextDecoder().decode(fallback.raw.bytes), /We wrote to them twice/);
  });

  it('reports what is not a feed, cannot be read, or is ill-formed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-feed-'));
    writeFileSync(join(dir, 'broken.rss'), '<rss><channel><item><title>Only & this');
    const warnings: Diagnostic[] = [];
    const items = await all(feedSource([`${server.url}/home`, join(dir, 'missing.rss'), join(dir, 'broken.rss')], { onWarning: (d) => warnings.push(d) }));
    const shape = items.map((i) => (i.ok ? `ok ${i.raw.hints?.title}` : `${i.problem.code} ${i.problem.message.replace(server.url, 'URL').replace(dir, 'DIR')}`));
    assert.deepEqual(shape, [
      'not-a-feed URL/home: not a feed: the document is an HTML page, not RSS, RDF or Atom',
      'unreadable DIR/missing.rss: no such file or directory',
      'ok Only & this',
    ]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]?.message ?? '', /broken\.rss: unescaped '&'.*input ended inside/);
  });
});
