import type { DocumentHints, RawDocument } from '../../domain/raw-document.ts';
import { slugOf } from '../slug-of.ts';
import { escapeHtml } from './escape-html.ts';
import type { FeedItem } from './feed-item.ts';

export interface ItemDocumentContext {
  /** The feed's file path or URL. */
  readonly feedUri: string;
  /** The item's position in the feed, from 0: names an item that has no title, id or link. */
  readonly index: number;
  readonly capturedAt: string;
  /** The feed's title. */
  readonly publisher?: string;
}

/**
 * A feed item as an HTML original: the headline as <title> and <h1>, then the content
 * (content:encoded or Atom content) or else the summary, as the feed gave it. The HTML
 * extraction stage reads it like any page; the hints carry what the feed said about
 * the item. The bytes depend only on the item, so the same item read twice has the
 * same hash and is stored once.
 */
export function itemDocument(item: FeedItem, ctx: ItemDocumentContext): RawDocument {
  const title = item.title?.trim().replace(/\s+/g, ' ');
  const body = item.content ?? item.summary ?? '';
  const html = [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    title ? `<title>${escapeHtml(title)}</title>` : '',
    '</head>',
    '<body>',
    '<article>',
    title ? `<h1>${escapeHtml(title)}</h1>` : '',
    body,
    '</article>',
    '</body>',
    '</html>',
  ]
    .filter((l) => l !== '')
    .join('\n')
    .concat('\n');
  const hints: DocumentHints = {};
  if (title) hints.title = title;
  if (item.published) hints.published = item.published;
  if (item.author) hints.author = item.author;
  if (item.link) hints.url = item.link;
  if (ctx.publisher) hints.publisher = ctx.publisher;
  const uri = item.link ?? `${ctx.feedUri}#${item.id ?? `item-${ctx.index + 1}`}`;
  const name = slugOf(title ?? '') || slugOf(item.id ?? '') || slugOf(item.link ?? '') || `item-${ctx.index + 1}`;
  return { uri, name, bytes: new TextEncoder().encode(html), mediaType: 'text/html', capturedAt: ctx.capturedAt, hints };
}
