import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { localServer } from '../../../test/local-server.ts';
import type { SourceItem } from '../source-item.ts';
import { backoffDelay } from './backoff-delay.ts';
import { pollFeeds, type FeedPoll } from './poll-feeds.ts';
import { watchStateFile, type WatchState } from './watch-state.ts';

const item = (n: number): string => `<item><title>Story ${n}</title><guid>velm-${n}</guid><description>Text of story ${n}.</description></item>`;
const feed = (ns: readonly number[]): string => `<rss version="2.0"><channel><title>Velm Courier</title>${ns.map(item).join('')}</channel></rss>`;

describe('pollFeeds', () => {
  let server: Awaited<ReturnType<typeof localServer>>;
  const feedState = { items: [2, 1], etag: '"v1"', busy: false };
  before(async () => {
    server = await localServer((req, res) => {
      if (feedState.busy) {
        res.writeHead(503, { 'retry-after': '120' });
        res.end();
      } else if (req.headers['if-none-match'] === feedState.etag) {
        res.writeHead(304, { etag: feedState.etag });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: feedState.etag, 'last-modified': 'Tue, 14 May 2024 09:00:00 GMT' });
        res.end(feed(feedState.items));
      }
    });
  });
  after(() => server.close());

  it('takes new items once, uses conditional GET, backs off on 503 with Retry-After', async () => {
    const url = `${server.url}/feed.xml`;
    const state: WatchState = { version: 1, feeds: {} };
    let t = Date.parse('2024-05-14T10:00:00Z');
    let saves = 0;
    const round = async (): Promise<{ titles: string[]; polls: FeedPoll[] }> => {
      const polls: FeedPoll[] = [];
      const titles: string[] = [];
      const items: AsyncIterable<SourceItem> = pollFeeds([url], state, {
        intervalMs: 60_000,
        now: () => new Date(t),
        random: () => 0.5,
        onPoll: (p) => polls.push(p),
        save: async () => {
          saves++;
        },
      });
      for await (const i of items) titles.push(i.ok ? (i.raw.hints?.title ?? '') : `problem: ${i.problem.message}`);
      return { titles, polls };
    };

    let r = await round();
    assert.deepEqual(r.titles, ['Story 2', 'Story 1']);
    assert.equal(r.polls[0]?.outcome, 'new');
    assert.equal(r.polls[0]?.nextPollAt, '2024-05-14T10:01:00.000Z');
    assert.deepEqual(state.feeds[url]?.seen, ['velm-2', 'velm-1']);
    assert.equal(state.feeds[url]?.etag, '"v1"');

    // not due yet: nothing fetched
    const before = server.requests.length;
    t += 30_000;
    r = await round();
    assert.deepEqual(r.polls, []);
    assert.equal(server.requests.length, before);

    // due: a conditional GET, answered 304
    t += 31_000;
    r = await round();
    assert.equal(r.polls[0]?.outcome, 'not-modified');
    assert.equal(server.requests.at(-1)?.headers['if-none-match'], '"v1"');
    assert.equal(server.requests.at(-1)?.headers['if-modified-since'], 'Tue, 14 May 2024 09:00:00 GMT');

    // a new item: only it is taken
    feedState.items = [3, 2, 1];
    feedState.etag = '"v2"';
    t += 61_000;
    r = await round();
    assert.deepEqual(r.titles, ['Story 3']);

    // 503 with Retry-After: 120 s: the wait is the longer of the backoff (2 × 1 min, jitter 0.5: 90 s) and Retry-After
    feedState.busy = true;
    t += 61_000;
    r = await round();
    assert.equal(r.polls[0]?.outcome, 'error');
    assert.match(r.polls[0]?.message ?? '', /HTTP 503/);
    assert.equal(state.feeds[url]?.failures, 1);
    assert.equal(Date.parse(state.feeds[url]?.nextPollAt ?? '') - t, 120_000);
    feedState.busy = false;
    t += 120_000;
    r = await round();
    assert.equal(r.polls[0]?.outcome, 'not-modified');
    assert.equal(state.feeds[url]?.failures, 0);
    assert.ok(saves >= 5);
  });
});

describe('backoffDelay', () => {
  it('doubles per failure, with jitter between half and all of it, capped, never before Retry-After', () => {
    const opts = { intervalMs: 1000, maxMs: 10_000 };
    assert.equal(backoffDelay(1, { ...opts, random: () => 0 }), 1000);
    assert.equal(backoffDelay(1, { ...opts, random: () => 0.999999 }), 2000);
    assert.equal(backoffDelay(3, { ...opts, random: () => 1 }), 8000);
    assert.equal(backoffDelay(10, { ...opts, random: () => 1 }), 10_000);
    assert.equal(backoffDelay(1, { ...opts, random: () => 0, retryAfterMs: 7000 }), 7000);
  });
});

describe('watchStateFile', () => {
  it('starts empty, round-trips atomically (no temporary left), and refuses a damaged file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-watch-'));
    const path = join(dir, 'store.db.watch.json');
    const file = watchStateFile(path);
    assert.deepEqual(await file.load(), { version: 1, feeds: {} });
    const state: WatchState = { version: 1, feeds: { 'https://x.example/feed': { seen: ['a', 'b'], failures: 0, etag: '"e"' } } };
    await file.save(state);
    assert.deepEqual(await file.load(), state);
    assert.deepEqual(readdirSync(dir), ['store.db.watch.json']);
    writeFileSync(path, '{"version": 1, "feeds": {"x": {"seen": "oops"}}}');
    await assert.rejects(file.load(), /not a claimtrail watch state/);
    writeFileSync(path, '{truncated');
    await assert.rejects(file.load(), /not JSON/);
  });
});
