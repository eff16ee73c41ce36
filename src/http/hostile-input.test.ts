/**
 * Hostile input through the API: search text and filters that try SQL or FTS5 syntax
 * get results or a 400, never a 500, and leave the database whole; hostile article
 * content comes back as inert JSON text under headers that keep browsers from running it.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixtureApi, HOSTILE_TEXT, type Fixture } from './fixture-api.ts';
import { API_CSP, HTML_CSP } from './security-headers.ts';

const HOSTILE_QUERIES = [
  "'",
  '"',
  '""',
  "bridge'; DROP TABLE documents; --",
  "' OR '1'='1",
  '" OR 1=1 --',
  'bridge" OR "1"="1',
  'NEAR(bridge cracks)',
  'NEAR(',
  'bridge NEAR/2 cracks',
  'title:bridge',
  'text:cracks',
  '{title text}: bridge',
  '^bridge',
  'bridge*',
  '*',
  'AND OR NOT',
  'bridge AND',
  '(bridge',
  ')',
  '-bridge',
  '+bridge',
  'bridge\u0000cracks',
  '\u0000',
  '%00',
  '%',
  '_',
  '\\',
  'x'.repeat(1000),
  'bridge '.repeat(140),
  'Brücke 橋 جسر мост 🌉',
  '\u202eegdirb',
  'e\u0301\u0301\u0301',
  'SELECT * FROM users',
  "rank MATCH 'x'",
];

describe('hostile search input', () => {
  let f: Fixture;
  before(async () => {
    f = await fixtureApi();
  });
  after(() => f.close());

  it('gives results or a 400 for every injection attempt, never a 500, on every text filter', async () => {
    const encoded = [...HOSTILE_QUERIES.map(encodeURIComponent), '%ED%A0%80', '%FF%FE', '%C0%AF', '%'];
    for (const q of encoded) {
      for (const path of [
        `/api/search?q=${q}`,
        `/api/search?q=bridge&speaker=${q}`,
        `/api/search?q=bridge&outlet=${q}&stance=asserts`,
        `/api/search?q=${q}&kind=direct`,
        `/api/entities?q=${q}`,
        `/api/attributions?speaker=${q}`,
        `/api/figures?what=${q}`,
        `/api/documents?outlet=${q}`,
      ]) {
        const res = await f.request(path, { as: 'vic' });
        assert.ok(res.status === 200 || res.status === 400, `${path}: ${res.status} ${await res.clone().text()}`);
        const body = (await res.json()) as { items?: unknown[]; error?: { code: string } };
        assert.ok(res.status === 200 ? Array.isArray(body.items) : body.error?.code === 'bad_request');
      }
    }
    for (const path of ['/api/search?q=bridge&cursor=%27%3B%20DROP', '/api/search?q=bridge&limit=-1', '/api/search?q=bridge&limit=1e9', '/api/search?q=bridge&from=2030%27', '/api/search?q=', '/api/search?q=bridge&stance=%27']) {
      assert.equal((await f.request(path, { as: 'vic' })).status, 400, path);
    }
    assert.equal((await f.request(`/api/search?q=${'x'.repeat(5000)}`, { as: 'vic' })).status, 400, 'too long');
    const stats = (await (await f.request('/api/stats', { as: 'vic' })).json()) as { documents: number };
    assert.ok(stats.documents > 0, 'the tables are all still there');
    const hits = (await (await f.request('/api/search?q=cracks', { as: 'vic' })).json()) as { items: unknown[] };
    assert.ok(hits.items.length > 0, 'and search still works');
  });

  it('treats operators as words: a quoted phrase or NOT finds what the plain words find', async () => {
    const plain = await (await f.request('/api/search?q=bridge', { as: 'vic' })).json();
    const dressed = await (await f.request(`/api/search?q=${encodeURIComponent('"bridge"')}`, { as: 'vic' })).json();
    assert.deepEqual(dressed, plain);
  });
});

describe('hostile article content', () => {
  let f: Fixture;
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimtrail-web-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>claimtrail</title><script type="module" src="/assets/app.js"></script>');
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
    f = await fixtureApi({ deps: { webDist: dir } });
  });
  after(async () => {
    await f.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('returns script, event-handler, javascript: and CSS payloads as JSON text with protective headers', async () => {
    const res = await f.request(`/api/documents/${'f'.repeat(64)}`, { as: 'vic' });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('content-security-policy'), API_CSP);
    assert.match(API_CSP, /frame-ancestors 'none'/);
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    const body = (await res.json()) as { document: { text: string; title: string; publisher: string }; attributions: { speaker: string; contentText: string }[] };
    assert.equal(body.document.text, HOSTILE_TEXT, 'the text comes back exactly, as a string');
    assert.equal(body.document.title, '<script>alert("title")</script>');
    assert.equal(body.attributions[0]?.speaker, '<img src=x onerror=alert(5)>');
    assert.match(body.attributions[0]?.contentText ?? '', /^<script>alert\(1\)<\/script>/);
    for (const path of ['/api/search?q=alert', '/api/attributions?outlet=Harbour%20%22Gazette%22%20%3Cb%3E']) {
      const r = await f.request(path, { as: 'vic' });
      assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.ok(((await r.json()) as { items: unknown[] }).items.length > 0, path);
    }
  });

  it('serves the web UI with a strict CSP (no inline scripts) and index.html for unknown paths', async () => {
    for (const path of ['/', '/entities/c-vell', '/documents/abc?x=1']) {
      const res = await f.request(path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(res.headers.get('content-security-policy'), HTML_CSP);
      assert.match(HTML_CSP, /script-src 'self'(;|$)/);
      assert.doesNotMatch(HTML_CSP, /unsafe-inline|unsafe-eval/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.match(await res.text(), /<title>claimtrail<\/title>/);
    }
    const js = await f.request('/assets/app.js');
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
    const escape = await f.request('/..%2f..%2fetc%2fpasswd');
    assert.match(await escape.text(), /<title>claimtrail/, 'no way out of the folder');
    assert.equal((await f.request('/api/nothing-here', { as: 'vic' })).status, 404);
  });
});
