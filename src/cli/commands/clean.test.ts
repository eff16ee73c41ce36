import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CliIo } from '../cli-io.ts';
import { main } from '../main.ts';

// An invented article in the layout of a plain-text news file.
const ARTICLE = [
  'YOUR FAVOURITE QUIZ SHOWS ARE NOW ON BOXFLIX+',
  '',
  'Harbour Mayor Rejects Claims Of Secret Ferry Deal',
  '',
  'Meanwhile, the councillor who raised the alarm has stepped down.',
  '',
  'Priya Example/Getty Images',
  '',
  'SEATOWN, NORWAY - JUNE, 4 (NORWAY OUT) Mayor Ola Example arrives at the town hall. (Photo by Priya Example/Getty Images)',
  '',
  'A spokesperson for the mayor insisted, "We do not have any information about any problems in this area."Latest News',
  '',
  '',
  'This article was originally published on Harbour Times. Read the original article.',
].join('\n');

// An invented web page: the article, and the furniture around it.
const PAGE = `<!doctype html><html lang="en"><head><title>Ferry sails at dawn | Harbour Times</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry sails at dawn","datePublished":"2031-06-04T05:00:00Z","author":{"name":"Priya Example"}}</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry sails at dawn</h1><div class="share-bar"><a href="#">Share on Facebook</a></div>
<div class="article-body"><p>The first ferry of the summer left Seatown at dawn on Tuesday with forty passengers aboard.</p>
<figure><img src="f.jpg"><figcaption>The ferry leaving port. Photo: Priya Example</figcaption></figure>
<p>"We were worried about the fog," said the captain, Ola Example.</p></div>
<section class="related-articles"><h2>Related articles</h2><ul><li><a href="/x">Harbour dredging ends</a></li></ul></section></article>
<footer>© 2031 Harbour Times</footer></body></html>`;

function fakeIo(): CliIo & { out(): string; err(): string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: {},
    cwd: '/',
    out: () => out,
    err: () => err,
  };
}

describe('claimtrail clean', () => {
  let dir = '';
  let file = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimtrail-clean-'));
    file = join(dir, 'harbour-ferry.txt');
    await writeFile(file, ARTICLE);
    await writeFile(join(dir, 'page.html'), PAGE);
    await writeFile(join(dir, 'menu.html'), '<html><body><nav><a href="/a">Alpha</a> <a href="/b">Beta</a></nav></body></html>');
    await writeFile(join(dir, 'blank.htm'), '');
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('--jsonl prints one record per file: doc, title, text without boilerplate, published, author', async () => {
    const io = fakeIo();
    assert.equal(await main(['clean', '--jsonl', file], io), 0);
    assert.equal(io.err(), '');
    const lines = io.out().trimEnd().split('\n');
    assert.equal(lines.length, 1);
    const rec = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    assert.deepEqual(Object.keys(rec), ['doc', 'title', 'text', 'published', 'author']);
    assert.equal(rec.doc, 'harbour-ferry');
    assert.equal(rec.title, 'Harbour Mayor Rejects Claims Of Secret Ferry Deal');
    assert.equal(rec.published, null);
    assert.equal(rec.author, null);
    assert.equal(
      rec.text,
      [
        'Harbour Mayor Rejects Claims Of Secret Ferry Deal',
        '',
        'Meanwhile, the councillor who raised the alarm has stepped down.',
        '',
        'A spokesperson for the mayor insisted, "We do not have any information about any problems in this area."',
      ].join('\n'),
    );
  });

  it('without --jsonl prints the cleaned text under the name and title', async () => {
    const io = fakeIo();
    assert.equal(await main(['clean', file], io), 0);
    assert.match(
      io.out(),
      /^# harbour-ferry: Harbour Mayor Rejects Claims Of Secret Ferry Deal\n\nHarbour Mayor/,
    );
    assert.doesNotMatch(io.out(), /Getty|BOXFLIX|Latest News|originally published/);
  });

  it('--jsonl on a web page prints the article inside it, headline first, with its metadata', async () => {
    const io = fakeIo();
    assert.equal(await main(['clean', '--jsonl', join(dir, 'page.html')], io), 0);
    assert.equal(io.err(), '');
    const rec = JSON.parse(io.out().trim()) as Record<string, unknown>;
    assert.deepEqual(rec, {
      doc: 'page',
      title: 'Ferry sails at dawn',
      text: [
        'Ferry sails at dawn',
        '',
        'The first ferry of the summer left Seatown at dawn on Tuesday with forty passengers aboard.',
        '',
        '"We were worried about the fog," said the captain, Ola Example.',
      ].join('\n'),
      published: '2031-06-04',
      author: 'Priya Example',
    });
  });

  it('walks a directory for .txt and .html files, reporting a page without an article', async () => {
    const io = fakeIo();
    assert.equal(await main(['clean', '--jsonl', dir], io), 1);
    const docs = io
      .out()
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { doc: string }).doc);
    assert.deepEqual(docs, ['harbour-ferry', 'page']);
    assert.match(io.err(), /menu\.html: no article text found/);
    assert.match(io.err(), /blank\.htm: empty file/);
  });

  it('reports a file it cannot clean on stderr, goes on, and exits 1', async () => {
    const io = fakeIo();
    assert.equal(
      await main(['clean', '--jsonl', join(dir, 'missing.txt'), join(dir, 'menu.html'), file], io),
      1,
    );
    assert.match(io.err(), /missing\.txt: no such file or directory/);
    assert.match(io.err(), /menu\.html: no article text found in the page/);
    assert.equal(io.out().trimEnd().split('\n').length, 1);
  });

  it('is a usage error (exit 2) without a file, or with an unknown option', async () => {
    const io = fakeIo();
    assert.equal(await main(['clean'], io), 2);
    assert.match(io.err(), /clean needs at least one file or directory/);
    assert.equal(await main(['clean', '--frobnicate', file], fakeIo()), 2);
  });

  it('--help prints its usage', async () => {
    const io = fakeIo();
    assert.equal(await main(['clean', '--help'], io), 0);
    assert.match(io.out(), /^usage: claimtrail clean/);
  });
});
