import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawDocument } from '../../domain/raw-document.ts';
import { toDocument } from '../to-document.ts';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour crane toppled by gale | Velm Courier</title>
<meta name="author" content="Lars Example"><meta property="article:published_time" content="2031-01-09T06:00:00Z">
<link rel="canonical" href="https://courier.example/crane"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour crane toppled by gale</h1>
<div class="article-body"><p>A gale toppled the old harbour crane at Velm early on Thursday, the port authority said.</p>
<p>"Nobody was near it, thank goodness," said harbour master Nils Example.</p></div></article></body></html>`;

const raw = (html: string | Uint8Array, extra: Partial<RawDocument> = {}): RawDocument => ({
  uri: 'pages/crane.html',
  name: 'crane',
  bytes: typeof html === 'string' ? Buffer.from(html, 'utf8') : html,
  mediaType: 'text/html',
  ...extra,
});

describe('toDocument on a web page', () => {
  it("makes the article text the document's text, headline first, with the page's metadata", () => {
    const r = toDocument(raw(PAGE));
    assert.ok(r.ok);
    const d = r.doc;
    assert.equal(d.encoding, 'html');
    assert.equal(
      d.text,
      'Harbour crane toppled by gale\n\nA gale toppled the old harbour crane at Velm early on Thursday, the port authority said.\n\n"Nobody was near it, thank goodness," said harbour master Nils Example.',
    );
    assert.equal(d.title, 'Harbour crane toppled by gale');
    assert.deepEqual(d.titleSpan, { start: 0, end: 'Harbour crane toppled by gale'.length });
    assert.equal(d.author, 'Lars Example');
    assert.equal(d.published, '2031-01-09');
    assert.equal(d.url, 'https://courier.example/crane');
    assert.equal(d.language, 'en');
    assert.equal(d.byteLength, Buffer.byteLength(PAGE));
    assert.match(d.id, /^[0-9a-f]{64}$/);
    assert.deepEqual(r.warnings, []);
  });

  it('lets what the source knew win over what the page says', () => {
    const r = toDocument(
      raw(PAGE, {
        hints: {
          title: 'Crane down',
          author: 'Wire staff',
          published: '2031-01-10',
          url: 'https://feed.example/1',
        },
      }),
    );
    assert.ok(r.ok);
    assert.equal(r.doc.title, 'Crane down');
    assert.equal(r.doc.titleSpan, undefined);
    assert.equal(r.doc.author, 'Wire staff');
    assert.equal(r.doc.published, '2031-01-10');
    assert.equal(r.doc.url, 'https://feed.example/1');
  });

  it('uses the charset the transport names, and warns when the page contradicts its declaration', () => {
    const latin = Buffer.from(
      "<p>Smoked fish is sold at the Caf\xe9 on the quay every morning from six o'clock.</p>",
      'latin1',
    );
    const r = toDocument(raw(latin, { mediaType: 'text/html; charset=ISO-8859-1' }));
    assert.ok(r.ok);
    assert.match(r.doc.text, /Café on the quay/);
    const lying = toDocument(
      raw(
        Buffer.from(
          '<meta charset="iso-8859-1"><p>The Café on the quay sells smoked fish every morning from six.</p>',
        ),
      ),
    );
    assert.ok(lying.ok);
    assert.match(lying.doc.text, /Café/);
    assert.equal(lying.warnings[0]?.code, 'charset');
  });

  it('reports a page without an article, or an empty file, as a problem with that page', () => {
    const none = toDocument(
      raw('<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>'),
    );
    assert.ok(!none.ok);
    assert.equal(none.problem.code, 'no-article');
    assert.equal(none.problem.doc, 'crane');
    const empty = toDocument(raw(''));
    assert.ok(!empty.ok);
    assert.equal(empty.problem.code, 'empty');
  });

  it('reports a page nested too deeply to walk as a problem with that page, not a crash', () => {
    const r = toDocument(raw(`${'<div>'.repeat(50000)}<p>Deep down.</p>`));
    assert.ok(!r.ok);
    assert.equal(r.problem.code, 'html-failed');
    assert.match(r.problem.message, /nested too deeply/);
  });
});
