import { docName } from '../doc-name.ts';
import { fileSource } from '../file-source.ts';
import { httpGet } from '../http-get.ts';
import type { SourceItem } from '../source-item.ts';
import { FEED_ACCEPT } from './feed-accept.ts';
import { feedItems, type FeedItemsOptions } from './feed-items.ts';

export interface FeedSourceOptions extends FeedItemsOptions {
  /** Feeds larger than this are refused. Default 20 MB. */
  readonly maxBytes?: number;
}

/**
 * Feeds (file paths or http(s) URLs) as the originals of their items, one at a time
 * (see feed-items.ts). A feed that cannot be read, fetched or parsed is one problem
 * item and the next feed is read.
 */
export async function* feedSource(locations: readonly string[], options: FeedSourceOptions = {}): AsyncIterable<SourceItem> {
  for (const location of locations) {
    if (options.signal?.aborted) return;
    if (/^https?:\/\//i.test(location)) {
      const r = await httpGet(location, { ...options, headers: { accept: FEED_ACCEPT } });
      if (!r.ok) {
        yield { ok: false, problem: { doc: location, severity: 'error', code: r.code, message: r.message } };
        continue;
      }
      const contentType = r.headers['content-type'];
      yield* feedItems({ uri: r.url, bytes: r.bytes, ...(contentType ? { contentType } : {}) }, options);
      continue;
    }
    for await (const file of fileSource([location], { ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), accept: isFeedFile })) {
      if (file.ok) yield* feedItems({ uri: file.raw.uri, bytes: file.raw.bytes }, options);
      else yield { ok: false, problem: { ...file.problem, doc: file.problem.doc || docName(location) } };
    }
  }
}

function isFeedFile(path: string): boolean {
  return /\.(rss|atom|xml|rdf)(\.gz)?$/i.test(path);
}
