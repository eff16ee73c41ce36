/**
 * The web UI in a real browser, as a journalist would use it: sign in, ingest the demo
 * story through the upload form, read a claim, follow its evidence to the highlighted
 * sentence in the source viewer, search, and see the figures chart. Each step leaves a
 * screenshot in artifacts/screenshots/ (ui-*.png).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXAMPLE_STORY } from '../../src/cli/commands/demo.ts';
import { ingestThroughForm, signIn, startHarness, violations, type Harness } from './browser-harness.ts';

describe('the web UI in Chromium', { timeout: 90_000 }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h?.close());

  it('shows the sign-in form, refuses a wrong password, and signs in', async () => {
    await h.page.goto(`${h.url}/`);
    await h.page.waitForSelector('form >> text=Sign in');
    await h.page.fill('input[name=name]', 'ada');
    await h.page.fill('input[name=password]', 'not the password');
    await h.page.click('button[type=submit]');
    assert.ok(((await (await h.page.waitForSelector('.sign-in .error')).textContent()) ?? '').length > 0);
    await h.screenshot('ui-01-sign-in');
    await signIn(h);
    assert.match((await h.page.textContent('.who')) ?? '', /ada/);
  });

  it('ingests the demo story through the upload form and shows the job to its end', async () => {
    const files = readdirSync(EXAMPLE_STORY).filter((f) => f.endsWith('.txt')).map((f) => join(EXAMPLE_STORY, f));
    assert.equal(files.length, 9);
    const job = await ingestThroughForm(h, files);
    assert.match(job, /succeeded/);
    assert.match(job, /9 added/);
    await h.screenshot('ui-02-ingest-done');
  });

  it('shows the dashboard: counts, claims with supporters against opponents, outlets', async () => {
    await h.page.click('nav >> text=Dashboard');
    await h.page.waitForSelector('.claim-card');
    assert.match((await h.page.textContent('.stats')) ?? '', /documents\s*9/);
    const first = (await h.page.textContent('.claim-card .sides-counts')) ?? '';
    assert.match(first, /\d+ support\s*\d+ oppose/);
    assert.ok((await h.page.locator('.claim-card .outlet-list li').count()) > 0, 'outlets are listed');
    await h.screenshot('ui-03-dashboard');
  });

  let evidence = '';
  it('opens a claim: each position with speaker, outlet, stance and evidence', async () => {
    await h.page.click('.claim-card .claim-text');
    await h.page.waitForSelector('.claim-page .position');
    await h.page.waitForSelector('.position .badge[class*="stance-"]');
    const position = h.page.locator('.side-supports .position').first();
    assert.ok(((await position.locator('.speaker').textContent()) ?? '').trim().length > 0);
    evidence = ((await position.locator('.evidence').textContent()) ?? '').trim();
    assert.ok(evidence.length > 0);
    await h.screenshot('ui-04-claim');
    await position.locator('.evidence-link').click();
  });

  it('follows the evidence link to its sentence, highlighted and in view, with its provenance', async () => {
    const mark = await h.page.waitForSelector('mark.evidence-mark');
    assert.equal(((await mark.textContent()) ?? '').trim(), evidence);
    await h.page.waitForFunction(() => {
      const r = document.querySelector('mark.evidence-mark')?.getBoundingClientRect();
      return r !== undefined && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    const docId = /\/sources\/([0-9a-f]{64})/.exec(h.page.url())?.[1] ?? '';
    assert.equal(((await h.page.textContent('.sha')) ?? '').trim(), docId);
    const custody = (await h.page.textContent('.custody')) ?? '';
    assert.match(custody, /capture/);
    assert.match(custody, /ingest/);
    const href = await h.page.getAttribute('a.download-original', 'href');
    assert.equal(href, `/api/documents/${docId}/original`);
    const original = await h.page.request.get(`${h.url}${href}`);
    assert.equal(createHash('sha256').update(await original.body()).digest('hex'), docId, 'the download is the original');
    await h.screenshot('ui-05-source-viewer');
  });

  it('searches with filters', async () => {
    await h.page.click('nav >> text=Search');
    await h.page.fill('input[name=q]', 'pumps');
    await h.page.selectOption('select[name=kind]', 'direct');
    await h.page.click('form[role=search] button[type=submit]');
    await h.page.waitForSelector('.hit');
    assert.match(h.page.url(), /q=pumps/);
    assert.match(h.page.url(), /kind=direct/);
    const snippets = await h.page.locator('.hit .snippet').allTextContents();
    assert.ok(snippets.length > 0 && snippets.every((s) => /pumps/i.test(s)), snippets.join(' | '));
    await h.screenshot('ui-06-search');
  });

  it('shows an entity: what it said, by stance, over time', async () => {
    await h.page.click('nav >> text=Dashboard');
    await h.page.click('aside >> a[href^="/entities/"] >> nth=0');
    await h.page.waitForSelector('.entity-page .stance-group');
    assert.ok((await h.page.locator('.timeline tbody tr').count()) > 0);
    await h.screenshot('ui-07-entity');
  });

  it('draws the figures over time, every reported value a point', async () => {
    await h.page.click('nav >> text=Figures');
    const chart = await h.page.waitForSelector('.figure-chart canvas');
    assert.ok(chart);
    const points = Number(await h.page.getAttribute('.figure-chart', 'data-points'));
    assert.ok(points > 1, `points: ${points}`);
    assert.equal(await h.page.locator('.points-table tbody tr').count(), points, 'one row per point: nothing merged');
    await h.page.locator('.figure-chart').scrollIntoViewIfNeeded();
    await h.screenshot('ui-08-figures');
  });

  it('signs out, and the next page asks to sign in again', async () => {
    await h.page.click('button:has-text("Sign out")');
    await h.page.waitForSelector('form >> text=Sign in');
    await h.page.goto(`${h.url}/figures`);
    await h.page.waitForSelector('form >> text=Sign in');
  });

  it('ran no script error and broke no CSP rule on the way', async () => {
    assert.deepEqual(h.incidents, []);
    assert.deepEqual(await violations(h.page), []);
  });
});
