import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeedItem } from './feed-item.ts';
import { parseFeed } from './parse-feed.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function items(xml: string | Uint8Array, contentType?: string): { items: FeedItem[]; notes: string[]; format: string; version: string; title?: string } {
  const r = parseFeed(typeof xml === 'string' ? utf8(xml) : xml, contentType ? { contentType } : {});
  assert.ok(r.ok, r.ok ? '' : r.reason);
  const list = [...r.items];
  const title = r.meta().title;
  return { items: list, notes: r.notes, format: r.format, version: r.version, ...(title ? { title } : {}) };
}

const RSS2 = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>The Velm Courier</title>
  <link>https://courier.example/</link>
  <atom:link rel="self" href="https://courier.example/feed.xml"/>
  <item>
    <title>Harbour board denies dredging caused flooding</title>
    <link>https://courier.example/2024/harbour-board</link>
    <guid isPermaLink="false">velm-1001</guid>
    <pubDate>Tue, 14 May 2024 09:30:00 +0100</pubDate>
    <dc:creator>Orla Penhallow</dc:creator>
    <description>The board &amp; its chairman &lt;b&gt;denied&lt;/b&gt; it.</description>
    <content:encoded><![CDATA[<p>"The works were finished a month before the rain began," said Orrin Tate.</p>]]></content:encoded>
  </item>
  <item>
    <title>Residents&#146; account &ndash; disputed</title>
    <guid>https://courier.example/2024/residents</guid>
    <pubDate>Wed, 15 May 24 18:05 GMT</pubDate>
    <author>desk@courier.example (Mira Oddny)</author>
  </item>
</channel>
</rss>`;

describe('parseFeed: RSS 2.0', () => {
  it('reads title, link, id, date (as ISO), author, summary and content', () => {
    const r = items(RSS2);
    assert.equal(r.format, 'rss');
    assert.equal(r.version, '2.0');
    assert.equal(r.title, 'The Velm Courier');
    assert.equal(r.items.length, 2);
    const [a, b] = r.items;
    assert.deepEqual(a, {
      id: 'velm-1001',
      title: 'Harbour board denies dredging caused flooding',
      link: 'https://courier.example/2024/harbour-board',
      published: '2024-05-14T08:30:00.000Z',
      author: 'Orla Penhallow',
      summary: 'The board & its chairman <b>denied</b> it.',
      content: '<p>"The works were finished a month before the rain began," said Orrin Tate.</p>',
    });
    // &#146; is Windows-1252's right quote; &ndash; is an HTML entity XML does not know
    assert.equal(b?.title, 'Residents’ account – disputed');
    // a permalink guid is the link when there is no <link>; "x@y (Name)" is Name
    assert.equal(b?.link, 'https://courier.example/2024/residents');
    assert.equal(b?.published, '2024-05-15T18:05:00.000Z');
    assert.equal(b?.author, 'Mira Oddny');
    assert.deepEqual(r.notes, []);
  });

  it('reads RSS 0.91 and a feed that lost its <rss> wrapper', () => {
    const r091 = items('<rss version="0.91"><channel><title>Old</title><item><title>One</title><link>http://old.example/1</link></item></channel></rss>');
    assert.equal(r091.version, '0.91');
    assert.equal(r091.items[0]?.link, 'http://old.example/1');
    const bare = items('<channel><item><title>Bare</title></item></channel>');
    assert.equal(bare.items[0]?.title, 'Bare');
  });
});

describe('parseFeed: Atom', () => {
  const ATOM = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://lantern.example/news/">
  <title type="html">The Daily &lt;em&gt;Lantern&lt;/em&gt;</title>
  <author><name>Lantern Desk</name></author>
  <entry>
    <id>tag:lantern.example,2024:42</id>
    <title type="html">Mayor &lt;i&gt;rejects&lt;/i&gt; bridge claims</title>
    <link rel="replies" href="42/comments"/>
    <link href="42-mayor-rejects"/>
    <updated>2024-05-16T10:00:00Z</updated>
    <published>2024-05-16T08:00:00+02:00</published>
    <summary>Petra Voss said the bridge was safe.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>“No bridge is at risk,” said <b>Petra Voss</b>.</p></div></content>
  </entry>
  <entry>
    <id>tag:lantern.example,2024:43</id>
    <title>Second</title>
    <link rel="alternate" type="text/html" href="https://lantern.example/43"/>
    <updated>2024-05-17</updated>
    <content type="text">Line one.

Line &lt;two&gt;.</content>
  </entry>
</feed>`;

  it('reads Atom 1.0: html titles as text, alternate links resolved against xml:base, xhtml content', () => {
    const r = items(ATOM);
    assert.equal(r.format, 'atom');
    assert.equal(r.version, 'atom1.0');
    assert.equal(r.title, 'The Daily Lantern');
    const [a, b] = r.items;
    assert.equal(a?.title, 'Mayor rejects bridge claims');
    assert.equal(a?.link, 'https://lantern.example/news/42-mayor-rejects');
    assert.equal(a?.published, '2024-05-16T06:00:00.000Z');
    assert.equal(a?.author, 'Lantern Desk', 'the feed author stands in for the entry');
    assert.equal(a?.content, '<p>“No bridge is at risk,” said <b>Petra Voss</b>.</p>');
    assert.equal(a?.summary, 'Petra Voss said the bridge was safe.');
    assert.equal(b?.link, 'https://lantern.example/43');
    assert.equal(b?.published, '2024-05-17T00:00:00.000Z', 'updated stands in for published');
    assert.equal(b?.content, '<p>Line one.</p>\n<p>Line &lt;two&gt;.</p>');
  });

  it('reads Atom 0.3 (issued, escaped mode)', () => {
    const r = items(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>Old Atom</title>
      <link rel="alternate" type="text/html" href="http://old.example/a"/><issued>2004-02-03T11:00:00-05:00</issued>
      <content type="text/html" mode="escaped">&lt;p&gt;Hi&lt;/p&gt;</content></entry></feed>`);
    assert.equal(r.version, 'atom0.3');
    assert.deepEqual(r.items[0], { title: 'Old Atom', link: 'http://old.example/a', published: '2004-02-03T16:00:00.000Z', content: '<p>Hi</p>' });
  });
});

describe('parseFeed: RDF (RSS 1.0)', () => {
  it('reads items beside the channel, dc:date and rdf:about', () => {
    const r = items(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://gazette.example/"><title>Brevno Gazette</title></channel>
  <item rdf:about="http://gazette.example/7"><title>Mine inspection ordered</title><link>http://gazette.example/7</link>
    <dc:date>2024-03-01T12:00:00+03:00</dc:date><dc:creator>Jonas Pellam</dc:creator></item>
</rdf:RDF>`);
    assert.equal(r.format, 'rdf');
    assert.equal(r.title, 'Brevno Gazette');
    assert.deepEqual(r.items[0], {
      id: 'http://gazette.example/7',
      title: 'Mine inspection ordered',
      link: 'http://gazette.example/7',
      published: '2024-03-01T09:00:00.000Z',
      author: 'Jonas Pellam',
    });
  });
});

describe('parseFeed: ill-formed input', () => {
  it('reads through unclosed and mismatched tags, bare ampersands and raw HTML, noting each', () => {
    const r = items(`<rss><channel><title>Broken & proud</title>
      <item><title>First<link>http://x.example/1?a=1&b=2</link></item>
      <item><title>Second</title><description><p>Raw <b>html</b></p></description></itemz></item>
      <item><title>Cut off`);
    assert.equal(r.title, 'Broken & proud');
    assert.equal(r.items.length, 3);
    assert.equal(r.items[0]?.link, 'http://x.example/1?a=1&b=2');
    assert.equal(r.items[1]?.summary, '<p>Raw <b>html</b></p>');
    assert.equal(r.items[2]?.title, 'Cut off');
    assert.ok(r.notes.some((n) => n.includes("unescaped '&'")));
    assert.ok(r.notes.some((n) => n.includes('stray end tag </itemz>')));
    assert.ok(r.notes.some((n) => n.includes('input ended inside')));
  });

  it('takes entities a DOCTYPE declares, and undeclared namespace prefixes as written', () => {
    const r = items(`<!DOCTYPE rss [ <!ENTITY town "Velm"> ]><rss><channel><item><title>News from &town;</title>
      <media:title>x</media:title></item></channel></rss>`);
    assert.equal(r.items[0]?.title, 'News from Velm');
    assert.ok(r.notes.some((n) => n.includes("undeclared namespace prefix 'media'")));
  });

  it('refuses what is not a feed, with the reason', () => {
    for (const [doc, reason] of [
      ['', /empty document/],
      ['<!-- nothing here -->', /no XML element/],
      ['<!DOCTYPE html><html><head><title>Moved</title></head></html>', /an HTML page/],
      ['<sitemap><url/></sitemap>', /<sitemap>/],
    ] as const) {
      const r = parseFeed(utf8(doc));
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.reason, reason);
    }
  });

  it('parses items lazily, one at a time', () => {
    const many = `<rss><channel>${Array.from({ length: 1000 }, (_, i) => `<item><title>T${i}</title></item>`).join('')}</channel></rss>`;
    const r = parseFeed(utf8(many));
    assert.ok(r.ok);
    const it = r.items[Symbol.iterator]();
    assert.equal(it.next().value?.title, 'T0');
    assert.equal(it.next().value?.title, 'T1');
  });
});

describe('parseFeed: encodings', () => {
  it('reads a declared ISO-8859-1 feed, an HTTP charset that overrides it, and UTF-16 with a BOM', () => {
    const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Caf\xe9 na pra\xe7a</title></item></channel></rss>', 'latin1');
    assert.equal(items(latin1).items[0]?.title, 'Café na praça');
    const cp1251 = Buffer.from([...Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><item><title>'), 0xcf, 0xf0, 0xe8, ...Buffer.from('</title></item></channel></rss>')]);
    assert.equal(items(cp1251, 'application/rss+xml; charset=windows-1251').items[0]?.title, 'При');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss><channel><item><title>Ωmega</title></item></channel></rss>', 'utf16le')]);
    const r16 = parseFeed(utf16);
    assert.ok(r16.ok);
    assert.equal(r16.encoding, 'utf-16le');
    assert.equal([...r16.items][0]?.title, 'Ωmega');
  });

  it('repairs double-encoded UTF-8 and C1 characters', () => {
    const r = items('<rss><channel><item><title>don\u00e2\u20ac\u2122t \u0093quote\u0094</title></item></channel></rss>');
    assert.equal(r.items[0]?.title, 'don’t “quote”');
  });
});
