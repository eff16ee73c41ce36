import type { Diagnostic } from '../../domain/diagnostic.ts';
import type { RawDocument } from '../../domain/raw-document.ts';
import { docName } from '../doc-name.ts';
import { httpGet, type HttpGetOptions } from '../http-get.ts';
import type { SourceItem } from '../source-item.ts';
import type { FeedItem } from './feed-item.ts';
import { itemDocument } from './item-document.ts';
import { parseFeed } from './parse-feed.ts';

export interface FeedItemsOptions extends Omit<HttpGetOptions, 'headers'> {
  /** Fetch each item's page (its link) instead of taking the feed's content for it. */
  readonly fetchPages?: boolean;
  /** The capture time; injectable for tests. */
  readonly now?: () => Date;
  /** Ill-formed markup, a contradicted charset: the feed was read, but something was off. */
  readonly onWarning?: (d: Diagnostic) => void;
  /** Which items to take (the watcher skips those it has seen). Default: all. */
  readonly accept?: (item: FeedItem) => boolean;
  /** Called once an item's documents have been taken by the consumer (the watcher remembers it then). */
  readonly onItemDone?: (item: FeedItem) => void;
}

export interface FeedBytes {
  /** The feed's path or URL. */
  readonly uri: string;
  readonly bytes: Uint8Array;
  /** The HTTP Content-Type with its charset, when the feed came over HTTP. */
  readonly contentType?: string;
}

/**
 * A feed's items as originals, one at a time: each item's content (or summary) as an
 * HTML document with the feed's title, date, author and link as hints, or with
 * `fetchPages` the item's own page. A page that cannot be fetched is reported, and the
 * item's feed content is kept in its place. A document that is not a feed is one
 * problem item.
 */
export async function* feedItems(feed: FeedBytes, options: FeedItemsOptions = {}): AsyncIterable<SourceItem> {
  const now = options.now ?? (() => new Date());
  const name = /^https?:/i.test(feed.uri) ? feed.uri : docName(feed.uri);
  const parsed = parseFeed(feed.bytes, {
    ...(feed.contentType ? { contentType: feed.contentType } : {}),
    ...(/^https?:/i.test(feed.uri) ? { url: feed.uri } : {}),
  });
  if (!parsed.ok) {
    yield { ok: false, problem: { doc: name, severity: 'error', code: 'not-a-feed', message: `${feed.uri}: ${parsed.reason}` } };
    return;
  }
  let index = -1;
  for (const item of parsed.items) {
    index++;
    if (options.signal?.aborted) return;
    if (options.accept && !options.accept(item)) continue;
    const capturedAt = now().toISOString();
    const publisher = parsed.meta().title;
    const fromFeed = (): RawDocument => itemDocument(item, { feedUri: feed.uri, index, capturedAt, ...(publisher ? { publisher } : {}) });
    if (options.fetchPages && item.link && /^https?:\/\//i.test(item.link)) {
      const page = await httpGet(item.link, { ...options, headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' } });
      const type = page.ok ? (page.headers['content-type'] ?? 'text/html').split(';')[0]?.trim().toLowerCase() : undefined;
      if (page.ok && type && /^(text\/html|application\/xhtml\+xml|text\/plain)$/.test(type)) {
        const doc = fromFeed();
        yield { ok: true, raw: { ...doc, uri: item.link, bytes: page.bytes, mediaType: type, hints: { ...doc.hints, url: page.url } } };
      } else {
        const message = page.ok ? `${item.link}: ${type} is not a page` : page.message;
        yield { ok: false, problem: { doc: fromFeed().name, severity: 'error', code: page.ok ? 'unsupported-type' : page.code, message } };
        if (item.content ?? item.summary) yield { ok: true, raw: fromFeed() };
      }
    } else yield { ok: true, raw: fromFeed() };
    options.onItemDone?.(item);
  }
  if (parsed.notes.length > 0) {
    const more = parsed.notes.length > 3 ? ` (+${parsed.notes.length - 3} more)` : '';
    options.onWarning?.({ doc: name, severity: 'warning', code: 'ill-formed-feed', message: `${feed.uri}: ${parsed.notes.slice(0, 3).join('; ')}${more}` });
  }
}
