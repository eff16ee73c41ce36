/**
 * Hostile article text in a real browser. An article whose title, text, statements and
 * file name carry script, event-handler, javascript: and CSS payloads is ingested through
 * the upload form and then shown everywhere it appears: the source viewer, search, the
 * entity and claim pages, the figures. No payload may run or load anything (no dialog,
 * no request to any host but the app, no CSP violation, window.__pwned never set), and
 * each must show as the literal text it is. Screenshots: artifacts/screenshots/security-*.png.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { ingestThroughForm, signIn, startHarness, violations, type Harness } from './browser-harness.ts';

/** The article; `x` is an address no one but a payload would ever call. */
function hostileArticle(x: string): { title: string; text: string; quote: string } {
  const title = `Harbour mayor <script>window.__pwned='title';fetch('${x}/title')</script> denies <img src=x onerror="window.__pwned='img';fetch('${x}/img')"> the leak`;
  const quote = `"There was no leak. <img src=x onerror="fetch('${x}/quote')"> Nobody saw that report,"`;
  const text = [
    title,
    '',
    'By Mara Quell | The Harbour <b>Gazette</b> | 2025-03-10',
    '',
    `Mayor Brenna Holt denied on Monday that the harbour report had been leaked, calling the claims "<script>window.__pwned='quote'</script> a fabrication from start to finish".`,
    '',
    `${quote} Holt told reporters at the town hall.`,
    '',
    `Councillor Iver Dane said the harbour report had been leaked to three newspapers <a href="javascript:window.__pwned='link'">in January</a> and that the mayor knew about it.`,
    '',
    `"The report was leaked, and the mayor knew. <style>body{background:url(${x}/css)}</style>" Dane said.`,
    '',
    `Dane added that <p style="background:url(${x}/inline)">the harbour fees</p> had risen by 40 percent since the leak, and that 12 workers had been dismissed <svg onload="window.__pwned='svg'"></svg>.`,
    '',
    'Holt said only 3 workers had left the harbour office, all of them by choice.',
    '',
  ].join('\n');
  return { title, text, quote };
}

describe('hostile article text in the web UI', { timeout: 90_000 }, () => {
  let h: Harness;
  let dir: string;
  let bait: Server;
  const baited: string[] = [];
  let article: ReturnType<typeof hostileArticle>;
  let docId = '';

  before(async () => {
    // a listener on another port: any request reaching it is a payload that ran
    bait = createServer((req, res) => {
      baited.push(req.url ?? '');
      res.end();
    });
    await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve));
    article = hostileArticle(`http://127.0.0.1:${(bait.address() as AddressInfo).port}`);
    dir = mkdtempSync(join(tmpdir(), 'claimtrail-hostile-'));
    h = await startHarness();
    await signIn(h);
  });
  after(async () => {
    await h?.close();
    await new Promise<void>((resolve) => bait.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Nothing ran, nothing was loaded from elsewhere, nothing of the payload became markup. */
  async function assertInert(page: Page, where: string): Promise<void> {
    await page.waitForTimeout(150);
    assert.deepEqual(h.incidents, [], `${where}: incidents`);
    assert.deepEqual(await violations(page), [], `${where}: CSP violations`);
    assert.deepEqual(baited, [], `${where}: requests reached the bait server`);
    const dom = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      images: document.querySelectorAll('img').length,
      styles: document.querySelectorAll('body style, svg, iframe, object, embed').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      styled: [...document.querySelectorAll('[style]')].filter((e) => /url\(/i.test(e.getAttribute('style') ?? '')).length,
      badLinks: [...document.querySelectorAll('a[href]')].filter((a) => !(a.getAttribute('href') ?? '').startsWith('/')).length,
    }));
    assert.deepEqual(dom, { pwned: undefined, inlineScripts: 0, images: 0, styles: 0, handlers: 0, styled: 0, badLinks: 0 }, where);
  }

  it('ingests the article through the upload form', async () => {
    const file = join(dir, 'hostile-<img src=x onerror=alert(7)>.txt');
    writeFileSync(file, article.text);
    const job = await ingestThroughForm(h, [file]);
    assert.match(job, /succeeded/);
    assert.match(job, /1 added/);
    await assertInert(h.page, 'ingest');
  });

  it('shows it in the source viewer as literal text', async () => {
    const docs = (await (await h.page.request.get(`${h.url}/api/documents`)).json()) as { items: { id: string }[] };
    docId = docs.items[0]?.id ?? '';
    const start = article.text.indexOf(article.quote);
    await h.page.goto(`${h.url}/sources/${docId}?start=${start}&end=${start + article.quote.length}`);
    await h.page.waitForSelector('.article-text');
    assert.equal(await h.page.textContent('h1.source-title'), article.title);
    assert.equal(await h.page.textContent('.article-text'), article.text);
    assert.equal(await h.page.textContent('mark.evidence-mark'), article.quote);
    await h.screenshot('security-01-source-viewer');
    await assertInert(h.page, 'source viewer');
  });

  it('shows it in search results as literal text', async () => {
    await h.page.click('nav >> text=Search');
    await h.page.fill('input[name=q]', 'leak');
    await h.page.click('form[role=search] button[type=submit]');
    await h.page.waitForSelector('.hit');
    const text = (await h.page.textContent('.results')) ?? '';
    assert.ok(text.includes(article.title), 'the title as text');
    assert.ok(text.includes('<img src=x onerror='), 'a payload as text');
    await h.screenshot('security-02-search');
    await assertInert(h.page, 'search');
  });

  it('shows it on the entity pages of the speakers', async () => {
    const said = (await (await h.page.request.get(`${h.url}/api/attributions?doc=${docId}&limit=100`)).json()) as { items: { entityId?: string; contentText: string }[] };
    const speakers = [...new Set(said.items.filter((a) => a.entityId && /[<>]/.test(a.contentText)).map((a) => a.entityId as string))];
    assert.ok(speakers.length > 0, 'a speaker whose statements carry payloads');
    for (const [i, id] of speakers.entries()) {
      await h.page.goto(`${h.url}/entities/${encodeURIComponent(id)}`);
      await h.page.waitForSelector('.entity-page .statement');
      const quotes = await h.page.locator('.statement .evidence').allTextContents();
      assert.ok(quotes.some((q) => /<(script|img|a|style|p) /.test(q) || q.includes('<script>')), quotes.join(' | '));
      await h.screenshot(`security-03-entity-${i + 1}`);
      await assertInert(h.page, `entity ${id}`);
    }
  });

  it('shows it on the claim page', async () => {
    const claims = (await (await h.page.request.get(`${h.url}/api/claims`)).json()) as { items: { id: string; text: string }[] };
    assert.ok(claims.items.length > 0, 'the article makes a claim');
    await h.page.click('nav >> text=Dashboard');
    await h.page.click('.claim-card .claim-text');
    await h.page.waitForSelector('.claim-page .position');
    const all = (await h.page.textContent('.claim-page')) ?? '';
    assert.ok(claims.items[0] && all.includes(claims.items[0].text), 'the claim text, literally');
    assert.match(all, /<(script|img|a|style|p)[ >]/, 'payloads shown as text');
    await h.screenshot('security-04-claim');
    await assertInert(h.page, 'claim');
  });

  it('shows its figures without running anything', async () => {
    await h.page.click('nav >> text=Figures');
    await h.page.waitForSelector('.figure-chart canvas');
    await h.screenshot('security-05-figures');
    await assertInert(h.page, 'figures');
  });
});
