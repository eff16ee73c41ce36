import type { Diagnostic } from '../domain/diagnostic.ts';
import type { RawDocument } from '../domain/raw-document.ts';
import type { DocumentItem } from './to-document.ts';
import { feedItems, type FeedItemsOptions } from './feeds/feed-items.ts';
import { looksLikeFeed } from './feeds/looks-like-feed.ts';
import { fileSource, type FileSourceOptions } from './file-source.ts';
import type { HttpGetOptions } from './http-get.ts';
import { jsonlSource } from './jsonl-source.ts';
import type { SourceItem } from './source-item.ts';
import { toDocument } from './to-document.ts';
import { urlSource } from './url-source.ts';

export interface ReadOptions extends FileSourceOptions, Omit<HttpGetOptions, 'headers' | 'maxBytes'> {
  /** For feeds: fetch each item's page instead of taking the feed's content. */
  readonly fetchPages?: boolean;
  /** The capture time of fetched pages and feed items; injectable for tests. */
  readonly now?: () => Date;
  /** Something off in an original that was read all the same (an ill-formed feed). */
  readonly onWarning?: (d: Diagnostic) => void;
}

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml']);

/**
 * Originals as decoded Documents, or a problem per original that could not be read.
 * Takes a source's items, or locations: files and directories (fileSource), http(s)
 * URLs (urlSource), `.jsonl` / `.jsonl.gz` files named explicitly (jsonlSource). A feed
 * among them (`.rss`, `.atom`, a feed served over HTTP, an `.xml` file that is one)
 * stands for its items.
 */
export async function* readDocuments(input: readonly string[] | AsyncIterable<SourceItem>, options: ReadOptions = {}): AsyncIterable<DocumentItem> {
  const items = isLocations(input) ? sourceItems(input, options) : input;
  for await (const item of items) {
    if (item.ok && isFeed(item.raw)) {
      const feed = { uri: item.raw.hints?.url ?? item.raw.uri, bytes: item.raw.bytes };
      for await (const entry of feedItems(feed, feedOptions(options))) yield entry.ok ? toDocument(entry.raw) : entry;
    } else yield item.ok ? toDocument(item.raw) : item;
  }
}

function isLocations(input: readonly string[] | AsyncIterable<SourceItem>): input is readonly string[] {
  return Array.isArray(input);
}

/** Each location through the source that reads its kind, in the order given. */
async function* sourceItems(locations: readonly string[], options: ReadOptions): AsyncIterable<SourceItem> {
  for (const location of locations) {
    if (/^https?:\/\//i.test(location)) yield* urlSource([location], { ...httpOptions(options), ...(options.now ? { now: options.now } : {}) });
    else if (/\.jsonl(\.gz)?$/i.test(location)) yield* jsonlSource([location], options.maxBytes ? { maxBytes: options.maxBytes } : {});
    else yield* fileSource([location], options);
  }
}

/** A feed type, or XML (served as such, or an `.xml` file named explicitly) whose root is a feed's. */
function isFeed(raw: RawDocument): boolean {
  if (FEED_TYPES.has(raw.mediaType)) return true;
  const xml = raw.mediaType === 'application/xml' || raw.mediaType === 'text/xml' || /\.xml(\.gz)?$/i.test(raw.uri);
  return xml && looksLikeFeed(raw.bytes);
}

function httpOptions(o: ReadOptions): Omit<HttpGetOptions, 'headers'> {
  return {
    ...(o.maxBytes ? { maxBytes: o.maxBytes } : {}),
    ...(o.connectTimeoutMs ? { connectTimeoutMs: o.connectTimeoutMs } : {}),
    ...(o.readTimeoutMs ? { readTimeoutMs: o.readTimeoutMs } : {}),
    ...(o.maxRedirects !== undefined ? { maxRedirects: o.maxRedirects } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
  };
}

function feedOptions(o: ReadOptions): FeedItemsOptions {
  return {
    ...httpOptions(o),
    ...(o.fetchPages ? { fetchPages: true } : {}),
    ...(o.now ? { now: o.now } : {}),
    ...(o.onWarning ? { onWarning: o.onWarning } : {}),
  };
}
