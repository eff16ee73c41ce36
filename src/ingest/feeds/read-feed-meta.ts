import { childOf } from './child-of.ts';
import type { XmlElement } from './feed-elements.ts';
import type { FeedMeta } from './feed-item.ts';
import { htmlText } from './html-text.ts';
import type { FeedFormat } from './read-feed-item.ts';
import { textOf } from './text-of.ts';

/**
 * The feed's title, link and author as read so far: the root's children fill in as the
 * feed is read, and the channel's metadata comes before its items in every feed seen.
 */
export function readFeedMeta(root: XmlElement, format: FeedFormat): FeedMeta {
  const channel = format === 'atom' ? root : (childOf(root, 'channel') ?? root);
  const title = childOf(channel, 'title', 'atom:title', 'dc:title');
  const rawTitle = textOf(title);
  const link =
    format === 'atom'
      ? channel.children.find((c): c is XmlElement => typeof c !== 'string' && c.local === 'link' && (c.attrs.rel ?? 'alternate') === 'alternate')?.attrs.href
      : textOf(childOf(channel, 'link'));
  const author = format === 'atom' ? textOf(childOf(childOf(channel, 'atom:author', 'author'), 'atom:name', 'name')) : textOf(childOf(channel, 'dc:creator'));
  const meta: { title?: string; link?: string; author?: string } = {};
  const t = rawTitle !== undefined && (title?.attrs.type ?? '').includes('html') ? htmlText(rawTitle) : rawTitle;
  if (t?.trim()) meta.title = t.trim().replace(/\s+/g, ' ');
  if (link?.trim()) meta.link = link.trim();
  if (author?.trim()) meta.author = author.trim();
  return meta;
}
