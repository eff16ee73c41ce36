/**
 * What the browser tests share: the UI built into a temporary folder, the app on a
 * random port over an empty temporary store (accounts made by the app's own use cases,
 * in fixture-api.ts), headless Chromium from the system (/usr/bin/chromium; playwright's
 * own browser download is not used), screenshots under artifacts/screenshots/, and a
 * record of what the page did that it should not have (script errors, CSP violations,
 * dialogs, requests to anywhere but the app).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildWeb } from '../../src/cli/web-build.ts';
import { fixtureApi, PASSWORD, type Fixture } from '../../src/http/fixture-api.ts';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));
export const ADMIN = { name: 'ada', password: PASSWORD };

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Harness {
  readonly url: string;
  readonly fixture: Fixture;
  readonly browser: Browser;
  readonly page: Page;
  /** What went wrong in the page so far: uncaught errors, CSP violations, dialogs, foreign requests. */
  readonly incidents: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Fails (never skips) when the browser is not installed. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the browser tests need Chromium at ${CHROMIUM}, which is missing: install it with 'apt-get update && apt-get install -y chromium' (or set CHROMIUM_PATH)`);
  }
}

export async function startHarness(): Promise<Harness> {
  requireChromium();
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-browser-'));
  const web = join(dir, 'web');
  await buildWeb({ outDir: web, log: (text) => process.stderr.write(text) });
  const fixture = await fixtureApi({ dir, documents: [], deps: { webDist: web } });
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer(fixture.api, { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const url = server.url;
    const incidents: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __violations?: string[] };
        (w.__violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('pageerror', (e) => incidents.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      incidents.push(`dialog: ${d.type()} ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(`${url}/`) && !u.startsWith('data:')) incidents.push(`request left the app: ${r.method()} ${u}`);
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const running = server;
    const open = browser;
    return {
      url,
      fixture,
      browser,
      page,
      incidents,
      async screenshot(name) {
        const file = join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path: file, fullPage: false });
        return file;
      },
      async close() {
        await open.close();
        await running.close();
        await fixture.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser?.close();
    await server?.close();
    await fixture.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** CSP violations the page recorded (the UI must never try to run or load anything inline). */
export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

/** Signs in through the form. */
export async function signIn(h: Harness): Promise<void> {
  await h.page.goto(`${h.url}/`);
  await h.page.fill('input[name=name]', ADMIN.name);
  await h.page.fill('input[name=password]', ADMIN.password);
  await h.page.click('button[type=submit]');
  await h.page.waitForSelector('.dashboard');
}

/** Uploads files through the ingest form and waits for the job to succeed; the job card's text. */
export async function ingestThroughForm(h: Harness, files: readonly string[]): Promise<string> {
  await h.page.click('nav >> text=Ingest');
  await h.page.waitForSelector('.ingest-page');
  await h.page.setInputFiles('input[name=files]', [...files]);
  await h.page.click('button:has-text("Upload and ingest")');
  const job = await h.page.waitForSelector('.job[data-status="succeeded"], .job[data-status="failed"]', { timeout: 60_000 });
  return (await job.textContent()) ?? '';
}
