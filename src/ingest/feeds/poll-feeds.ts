import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { httpGet } from '../http-get.ts';
import type { SourceItem } from '../source-item.ts';
import { backoffDelay } from './backoff-delay.ts';
import { FEED_ACCEPT } from './feed-accept.ts';
import type { FeedItem } from './feed-item.ts';
import { feedItems, type FeedItemsOptions } from './feed-items.ts';
import type { FeedWatchState, WatchState } from './watch-state.ts';

export interface PollOptions extends Omit<FeedItemsOptions, 'accept' | 'onItemDone'> {
  /** The normal time between two polls of a feed. */
  readonly intervalMs: number;
  /** The longest backoff after errors. Default 6 hours. */
  readonly maxBackoffMs?: number;
  readonly maxBytes?: number;
  /** Item ids remembered per feed; the oldest are forgotten past it. Default 5000. */
  readonly maxSeen?: number;
  /** For backoff jitter; injectable for tests. */
  readonly random?: () => number;
  /** Called after each feed is polled, with what happened. */
  readonly onPoll?: (poll: FeedPoll) => void;
  /** Called after each feed is polled, to persist the state. */
  readonly save?: () => Promise<void>;
  /** Poll feeds before their interval is up (a single round run from cron); a feed backing off after errors still waits. */
  readonly ignoreInterval?: boolean;
}

export interface FeedPoll {
  readonly feed: string;
  /** `new` (items to ingest), `unchanged` (none new), `not-modified` (304), `error`. */
  readonly outcome: 'new' | 'unchanged' | 'not-modified' | 'error';
  /** Items taken this time. */
  readonly fresh: number;
  readonly message?: string;
  readonly nextPollAt: string;
}

/**
 * One round of polling: every feed that is due is fetched (a conditional GET with the
 * ETag and Last-Modified it last sent; a file is read again), and the items not seen
 * before are yielded as originals. An item is remembered once the consumer has taken
 * its documents, so a crash re-yields at most the item in hand (and the store keeps
 * nothing twice). A feed that fails, answers 429 or 503, or is not a feed waits longer
 * each time (backoffDelay, Retry-After respected); the others are not held up.
 */
export async function* pollFeeds(feeds: readonly string[], state: WatchState, options: PollOptions): AsyncIterable<SourceItem> {
  const now = options.now ?? (() => new Date());
  const maxSeen = options.maxSeen ?? 5000;
  for (const feed of feeds) {
    if (options.signal?.aborted) return;
    const fs: FeedWatchState = (state.feeds[feed] ??= { seen: [], failures: 0 });
    const waiting = fs.nextPollAt !== undefined && Date.parse(fs.nextPollAt) > now().getTime();
    if (waiting && !(options.ignoreInterval && fs.failures === 0)) continue;
    const due = (ms: number): string => new Date(now().getTime() + ms).toISOString();
    const failed = (message: string, retryAfterMs?: number): void => {
      fs.failures++;
      fs.nextPollAt = due(
        backoffDelay(fs.failures, {
          intervalMs: options.intervalMs,
          ...(options.maxBackoffMs ? { maxMs: options.maxBackoffMs } : {}),
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
          ...(options.random ? { random: options.random } : {}),
        }),
      );
      options.onPoll?.({ feed, outcome: 'error', fresh: 0, message, nextPollAt: fs.nextPollAt });
    };
    const fetched = await fetchFeed(feed, fs, options);
    if (options.signal?.aborted) return;
    if (!fetched.ok) {
      failed(fetched.message, fetched.retryAfterMs);
      await options.save?.();
      continue;
    }
    if (fetched.notModified) {
      fs.failures = 0;
      fs.nextPollAt = due(options.intervalMs);
      options.onPoll?.({ feed, outcome: 'not-modified', fresh: 0, nextPollAt: fs.nextPollAt });
      await options.save?.();
      continue;
    }
    const seen = new Set(fs.seen);
    let fresh = 0;
    let refused: string | undefined;
    const items = feedItems(fetched.feed, {
      ...options,
      accept: (item) => !seen.has(itemKey(item)),
      onItemDone: (item) => {
        const key = itemKey(item);
        seen.add(key);
        fs.seen.push(key);
        if (fs.seen.length > maxSeen) fs.seen.splice(0, fs.seen.length - maxSeen);
        fresh++;
      },
    });
    for await (const item of items) {
      // a document that is not a feed (an error page served with 200) is the feed's failure, not an item's
      if (!item.ok && item.problem.code === 'not-a-feed') refused = item.problem.message;
      else yield item;
    }
    if (options.signal?.aborted) return;
    if (refused) {
      failed(refused);
    } else {
      fs.failures = 0;
      if (fetched.etag) fs.etag = fetched.etag;
      else delete fs.etag;
      if (fetched.lastModified) fs.lastModified = fetched.lastModified;
      else delete fs.lastModified;
      fs.nextPollAt = due(options.intervalMs);
      options.onPoll?.({ feed, outcome: fresh > 0 ? 'new' : 'unchanged', fresh, nextPollAt: fs.nextPollAt });
    }
    await options.save?.();
  }
}

type Fetched =
  | { readonly ok: true; readonly notModified: true }
  | {
      readonly ok: true;
      readonly notModified: false;
      readonly feed: { uri: string; bytes: Uint8Array; contentType?: string };
      readonly etag?: string;
      readonly lastModified?: string;
    }
  | { readonly ok: false; readonly message: string; readonly retryAfterMs?: number };

async function fetchFeed(feed: string, fs: FeedWatchState, options: PollOptions): Promise<Fetched> {
  if (!/^https?:\/\//i.test(feed)) {
    try {
      const info = await stat(feed);
      if (options.maxBytes && info.size > options.maxBytes) return { ok: false, message: `${feed}: over the size limit` };
      const mtime = info.mtime.toUTCString();
      if (fs.lastModified === mtime) return { ok: true, notModified: true };
      return { ok: true, notModified: false, feed: { uri: feed, bytes: await readFile(feed) }, lastModified: mtime };
    } catch (err) {
      return { ok: false, message: `${feed}: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  const headers: Record<string, string> = { accept: FEED_ACCEPT };
  if (fs.etag) headers['if-none-match'] = fs.etag;
  if (fs.lastModified) headers['if-modified-since'] = fs.lastModified;
  const r = await httpGet(feed, { ...options, headers });
  if (!r.ok) return { ok: false, message: r.message, ...(r.retryAfterMs === undefined ? {} : { retryAfterMs: r.retryAfterMs }) };
  if (r.status === 304) return { ok: true, notModified: true };
  const contentType = r.headers['content-type'];
  return {
    ok: true,
    notModified: false,
    feed: { uri: r.url, bytes: r.bytes, ...(contentType ? { contentType } : {}) },
    ...(r.headers.etag ? { etag: r.headers.etag } : {}),
    ...(r.headers['last-modified'] ? { lastModified: r.headers['last-modified'] } : {}),
  };
}

/** What identifies an item across polls: its id, else its link, else a hash of its title and date. */
function itemKey(item: FeedItem): string {
  if (item.id) return item.id;
  if (item.link) return item.link;
  return `sha256:${createHash('sha256')
    .update(`${item.title ?? ''}\n${item.published ?? ''}\n${item.summary ?? item.content ?? ''}`)
    .digest('hex')
    .slice(0, 32)}`;
}
