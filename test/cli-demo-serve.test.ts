/**
 * `claimtrail demo --serve`, the README's first command, as a process: it ingests the
 * demo story with custody, makes the 'demo' admin and prints its password, serves the
 * UI and the API on 127.0.0.1, and stops on SIGTERM. A second run gives 'demo' a new
 * password. (--web points at a stand-in UI, so that nothing is built here.)
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';

const BIN = fileURLToPath(new URL('../bin/claimtrail.mjs', import.meta.url));

interface Served {
  readonly url: string;
  readonly password: string;
  stop(): Promise<{ code: number | null; out: string }>;
}

function serveDemo(cwd: string, web: string): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'demo', '--serve', '--port', '0', '--no-open', '--web', web], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DISPLAY: '' } });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`demo --serve did not start: ${out}${err}`));
    }, 60_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /open (http:\/\/127\.0\.0\.1:\d+)\/ in your browser/.exec(out)?.[1];
      const password = /sign in as 'demo' with the password (\S+)/.exec(out)?.[1];
      if (url && password) {
        clearTimeout(timer);
        resolve({
          url,
          password,
          async stop() {
            child.kill('SIGTERM');
            return { code: await exited, out };
          },
        });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`demo --serve exited with ${code}: ${out}${err}`));
    });
  });
}

async function signIn(url: string, password: string): Promise<{ status: number; cookie: string }> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'demo', password }) });
  return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

describe('claimtrail demo --serve', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-demo-serve-'));
  const web = join(dir, 'ui');
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>stand-in UI</title>');
  after(() => rmSync(dir, { recursive: true, force: true }));

  let first = '';
  it('serves the ingested demo, archived, to the printed account, and stops on SIGTERM', async () => {
    const s = await serveDemo(dir, web);
    first = s.password;
    const { status, cookie } = await signIn(s.url, s.password);
    assert.equal(status, 200);
    const stats = (await (await fetch(`${s.url}/api/stats`, { headers: { cookie } })).json()) as { documents: number };
    assert.equal(stats.documents, 9);
    const docs = (await (await fetch(`${s.url}/api/documents?limit=1`, { headers: { cookie } })).json()) as { items: { id: string }[] };
    const detail = (await (await fetch(`${s.url}/api/documents/${docs.items[0]?.id}`, { headers: { cookie } })).json()) as { capture: { archived: boolean; custody: { action: string }[] } };
    assert.equal(detail.capture.archived, true);
    assert.deepEqual(detail.capture.custody.map((c) => c.action), ['capture', 'ingest']);
    const page = await fetch(`${s.url}/claims/st0-c0`);
    assert.match(await page.text(), /stand-in UI/, 'the UI for any path outside /api');
    const { code, out } = await s.stop();
    assert.equal(code, 0);
    assert.match(out, /demo: 9 articles added/);
    assert.match(out, /stopping/);
  });

  it('gives the demo account a new password on the next run', async () => {
    const s = await serveDemo(dir, web);
    try {
      assert.notEqual(s.password, first);
      assert.equal((await signIn(s.url, first)).status, 401);
      assert.equal((await signIn(s.url, s.password)).status, 200);
    } finally {
      const { code, out } = await s.stop();
      assert.equal(code, 0);
      assert.match(out, /0 articles added .* \(9 already there\)/);
    }
  });
});
