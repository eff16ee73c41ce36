import { decodeFeed } from './decode-feed.ts';
import { feedElements, type XmlElement } from './feed-elements.ts';
import type { FeedItem, FeedMeta } from './feed-item.ts';
import { readFeedItem, type FeedFormat } from './read-feed-item.ts';
import { readFeedMeta } from './read-feed-meta.ts';

export interface FeedParseOptions {
  /** The HTTP Content-Type, when the feed came over HTTP: its charset overrides the XML declaration. */
  readonly contentType?: string;
  /** Where the feed came from, to resolve relative item links. */
  readonly url?: string;
}

export type FeedParse =
  | {
      readonly ok: true;
      readonly format: FeedFormat;
      /** `2.0`, `0.91`, `1.0` (RDF), `atom1.0`, `atom0.3`, ... */
      readonly version: string;
      readonly encoding: string;
      /** Encoding notes, then markup issues: the latter grow as `items` is read. */
      readonly notes: string[];
      /** The feed's metadata as read so far. */
      meta(): FeedMeta;
      /** The items, parsed one at a time as they are taken. */
      readonly items: Iterable<FeedItem>;
    }
  | { readonly ok: false; readonly reason: string; readonly encoding: string; readonly notes: readonly string[] };

const ATOM10 = 'http://www.w3.org/2005/Atom';

/**
 * A feed's bytes as its items: RSS 0.9x and 2.0, RSS 1.0 and 0.90 (RDF), Atom 0.3 and
 * 1.0, read tolerantly (see xml-tokens.ts) and lazily, one item at a time. Refused,
 * with the reason, only when there is no element at all or the root element is not a
 * feed's (an HTML page, say).
 */
export function parseFeed(bytes: Uint8Array, options: FeedParseOptions = {}): FeedParse {
  const decoded = decodeFeed(bytes, options.contentType);
  const notes = [...decoded.notes];
  const scan = { issues: notes, entities: new Map<string, string>() };
  const events = feedElements(decoded.text, scan);
  const first = events.next();
  const refuse = (reason: string): FeedParse => ({ ok: false, reason, encoding: decoded.encoding, notes });
  if (first.done) return refuse(decoded.text.trim() === '' ? 'empty document' : 'no XML element found: not a feed');
  const root = first.value.el;
  const kind = formatOf(root);
  if (!kind) {
    const what = root.local.toLowerCase() === 'html' ? 'an HTML page' : `<${root.name}>`;
    return refuse(`not a feed: the document is ${what}, not RSS, RDF or Atom`);
  }
  const { format, version } = kind;
  const base = root.base ?? options.url;
  const meta = (): FeedMeta => readFeedMeta(root, format);
  function* items(): Generator<FeedItem> {
    for (const ev of events) if (ev.kind === 'item') yield readFeedItem(ev.el, { format, src: decoded.text, meta: meta(), ...(base ? { base } : {}) });
  }
  return { ok: true, format, version, encoding: decoded.encoding, notes, meta, items: items() };
}

function formatOf(root: XmlElement): { format: FeedFormat; version: string } | undefined {
  const local = root.local.toLowerCase();
  if (local === 'rss') return { format: 'rss', version: root.attrs.version ?? '2.0' };
  // some feeds lose their <rss> wrapper and start at <channel>
  if (local === 'channel') return { format: 'rss', version: 'channel' };
  if (local === 'rdf') return { format: 'rdf', version: root.attrs.xmlns === 'http://my.netscape.com/rdf/simple/0.9/' ? '0.90' : '1.0' };
  if (local === 'feed') {
    const ns = root.attrs.xmlns;
    return { format: 'atom', version: ns === ATOM10 || (!root.attrs.version && ns !== 'http://purl.org/atom/ns#') ? 'atom1.0' : `atom${root.attrs.version ?? '0.3'}` };
  }
  return undefined;
}
