import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fakeIo } from '../../../test/fake-io.ts';
import { localServer } from '../../../test/local-server.ts';
import { openSqliteStore } from '../../store/sqlite/open-sqlite-store.ts';
import { main } from '../main.ts';

const STORY = (n: number, who: string): string =>
  `<item><title>Velm story ${n}</title><link>/story/${n}</link><guid>velm-${n}</guid>` +
  `<pubDate>Tue, 14 May 2024 09:3${n}:00 GMT</pubDate><description>&lt;p&gt;“The river wall was never inspected,” ${who} said on Tuesday.&lt;/p&gt;</description></item>`;

describe('claimtrail watch', () => {
  let server: Awaited<ReturnType<typeof localServer>>;
  const live = { items: [STORY(1, 'Mira Oddny'), STORY(2, 'Orrin Tate')], etag: '"a"' };
  before(async () => {
    server = await localServer((req, res) => {
      if (req.url === '/feed.xml' && req.headers['if-none-match'] === live.etag) {
        res.writeHead(304);
        res.end();
      } else if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: live.etag });
        res.end(`<rss version="2.0"><channel><title>Velm Courier</title>${live.items.join('')}</channel></rss>`);
      } else {
        res.writeHead(500);
        res.end();
      }
    });
  });
  after(() => server.close());

  it('--once ingests the new items, remembers them beside the store, and a rerun ingests nothing again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-watch-'));
    const db = join(dir, 'store.db');
    const feed = `${server.url}/feed.xml`;
    const io = fakeIo(dir);
    assert.equal(await main(['watch', '--once', '--no-link', '--store', db, feed], io), 0, io.err());
    assert.match(io.out(), /polled 1\/1 feeds: 1 with new items, 0 unchanged, 0 not modified, 0 failed · 2 new items: 2 added, 0 already stored, 0 failed/);
    assert.equal(io.out().trim().split('\n').length, 1, 'one line per round');
    const state = JSON.parse(readFileSync(`${db}.watch.json`, 'utf8')) as { feeds: Record<string, { seen: string[]; etag?: string }> };
    assert.deepEqual(state.feeds[feed]?.seen, ['velm-1', 'velm-2']);

    const again = fakeIo(dir);
    assert.equal(await main(['watch', '--once', '--no-link', '--store', db, feed], again), 0, again.err());
    assert.match(again.out(), /1 not modified, 0 failed · 0 new items: 0 added/);

    live.items = [STORY(3, 'Petra Voss'), ...live.items];
    live.etag = '"b"';
    const third = fakeIo(dir);
    assert.equal(await main(['watch', '--once', '--no-link', '--store', db, feed], third), 0, third.err());
    assert.match(third.out(), /1 new items: 1 added/);

    const store = await openSqliteStore(db);
    try {
      assert.equal((await store.stats()).documents, 3);
    } finally {
      await store.close();
    }

    const failing = fakeIo(dir);
    assert.equal(await main(['watch', '--once', '--no-link', '--store', db, `${server.url}/broken`], failing), 1);
    assert.match(failing.err(), /warning: .*\/broken: HTTP 500.*next try/);
  });

  it('needs a feed and a sane interval', async () => {
    const io = fakeIo('/');
    assert.equal(await main(['watch'], io), 2);
    assert.match(io.err(), /needs at least one feed/);
    const bad = fakeIo('/');
    assert.equal(await main(['watch', '--interval', '0', 'x'], bad), 2);
    assert.match(bad.err(), /--interval needs a number of seconds/);
  });

  it('stops cleanly on SIGINT, saving its state', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-watch-'));
    const db = join(dir, 'store.db');
    const bin = fileURLToPath(new URL('../../../bin/claimtrail.mjs', import.meta.url));
    const child = spawn(process.execPath, [bin, 'watch', '--interval', '1', '--no-link', '--store', db, `${server.url}/feed.xml`], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let asked = false;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        // the second round shows it is looping; then ask it to stop
        if (!asked && (out.match(/ polled /g) ?? []).length >= 2) {
          asked = true;
          child.kill('SIGINT');
        }
      });
      child.on('exit', (c) => {
        clearTimeout(kill);
        resolve(c);
      });
    });
    assert.equal(code, 0, `${out}\n${err}`);
    assert.match(out, /stopped; state saved in .*store\.db\.watch\.json/);
    assert.ok(existsSync(`${db}.watch.json`));
  });
});
