import { childOf } from './child-of.ts';
import { contentHtml } from './content-html.ts';
import type { XmlElement } from './feed-elements.ts';
import { feedDate } from './feed-date.ts';
import type { FeedItem, FeedMeta } from './feed-item.ts';
import { htmlText } from './html-text.ts';
import { textOf } from './text-of.ts';

export type FeedFormat = 'rss' | 'rdf' | 'atom';

export interface ItemContext {
  readonly format: FeedFormat;
  /** The decoded feed text, for content written as markup. */
  readonly src: string;
  /** The feed's own address, to resolve relative links against. */
  readonly base?: string;
  readonly meta: FeedMeta;
}

/** An `<item>` (RSS 0.9x, 2.0, 1.0) or `<entry>` (Atom 0.3, 1.0) as a FeedItem. */
export function readFeedItem(el: XmlElement, ctx: ItemContext): FeedItem {
  return ctx.format === 'atom' ? atomItem(el, ctx) : rssItem(el, ctx);
}

function rssItem(el: XmlElement, ctx: ItemContext): FeedItem {
  const guid = childOf(el, 'guid');
  const guidText = trimmed(textOf(guid));
  const about = el.attrs['rdf:about']?.trim() || undefined;
  // <guid isPermaLink="true"> (the default) is the item's URL when it has no <link>
  const permalink = guidText && guid?.attrs.isPermaLink?.toLowerCase() !== 'false' && /^https?:\/\//i.test(guidText) ? guidText : undefined;
  const link = trimmed(textOf(childOf(el, 'link'))) ?? alternateLink(el, 'atom:link') ?? permalink ?? about;
  const author = trimmed(textOf(childOf(el, 'dc:creator', 'author', 'dcterms:creator', 'itunes:author')));
  return compact({
    id: guidText ?? about ?? trimmed(link),
    title: textOf(childOf(el, 'title', 'dc:title', 'atom:title')),
    link: resolve(link, el.base ?? ctx.base),
    published: feedDate(textOf(childOf(el, 'pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'atom:published', 'atom:updated'))),
    author: authorName(author) ?? ctx.meta.author,
    summary: contentHtml(childOf(el, 'description', 'dc:description', 'atom:summary'), ctx.src),
    content: contentHtml(childOf(el, 'content:encoded', 'atom:content'), ctx.src),
  });
}

function atomItem(el: XmlElement, ctx: ItemContext): FeedItem {
  const title = childOf(el, 'atom:title', 'title');
  const type = (title?.attrs.type ?? '').toLowerCase();
  const titleText = textOf(title);
  const content = childOf(el, 'atom:content', 'content');
  const base = el.base ?? ctx.base;
  const link = alternateLink(el, 'atom:link', 'link') ?? content?.attrs.src;
  const author = childOf(el, 'atom:author', 'author');
  return compact({
    id: trimmed(textOf(childOf(el, 'atom:id', 'id'))),
    title: titleText !== undefined && type.includes('html') ? htmlText(titleText) : titleText,
    link: resolve(link, base),
    published: feedDate(
      textOf(childOf(el, 'atom:published', 'published', 'atom:issued', 'issued')) ??
        textOf(childOf(el, 'atom:updated', 'updated', 'atom:modified', 'modified', 'atom:created', 'created', 'dc:date')),
    ),
    author: trimmed(textOf(childOf(author, 'atom:name', 'name'))) ?? trimmed(textOf(childOf(el, 'dc:creator'))) ?? ctx.meta.author,
    summary: contentHtml(childOf(el, 'atom:summary', 'summary'), ctx.src),
    content: content?.attrs.src ? undefined : contentHtml(content, ctx.src),
  });
}

/**
 * The href of the first `rel="alternate"` link, else of the first link without a rel
 * (which Atom defines as alternate), else of the first link at all.
 */
function alternateLink(el: XmlElement, ...keys: readonly string[]): string | undefined {
  const links = el.children.filter((c): c is XmlElement => typeof c !== 'string' && keys.includes(c.key) && !!c.attrs.href?.trim());
  const pick =
    links.find((l) => l.attrs.rel?.trim().toLowerCase() === 'alternate') ??
    links.find((l) => l.attrs.rel === undefined && !(l.attrs.type ?? '').includes('xml')) ??
    (keys.includes('link') ? links[0] : undefined);
  return pick?.attrs.href?.trim();
}

/** "jo@example.org (Jo Bloggs)" is Jo Bloggs; a bare address is kept. */
function authorName(s: string | undefined): string | undefined {
  const m = s ? /^\S+@\S+\s*\(([^)]+)\)$/.exec(s) : null;
  return m?.[1]?.trim() ?? s;
}

function resolve(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || !base) return link;
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

function trimmed(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

function compact(item: { [K in keyof FeedItem]: FeedItem[K] | undefined }): FeedItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined && v !== '')) as FeedItem;
}
