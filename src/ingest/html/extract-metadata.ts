import type { Document, Element, ParentNode } from 'domhandler';
import { textContent } from 'domutils';
import { cleanTitle } from './clean-title.ts';
import { jsonLdFields } from './json-ld-fields.ts';
import { normaliseDate } from './normalise-date.ts';

export interface PageMetadata {
  title?: string;
  author?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  canonicalUrl?: string;
  language?: string;
  description?: string;
  siteName?: string;
  /** The JSON-LD `articleBody`, when the page carries one. */
  articleBody?: string;
}

/** Meta names and properties for each field, most trusted first. */
const META_PUBLISHED = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'article.published',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'date',
  'created',
  'citation_publication_date',
  'citation_date',
];
const META_AUTHOR = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'citation_author',
  'twitter:creator',
];

/** What a raw page says about itself, read before any cleaning (the head and scripts go then). */
interface Facts {
  metas: Map<string, string>;
  jsonLd: string[];
  titleTag?: string;
  h1s: string[];
  lang?: string;
  canonical?: string;
  times: Array<{ datetime: string; published: boolean }>;
  bylines: string[];
}

/**
 * Title, author, date, canonical URL, language and description from JSON-LD, OpenGraph
 * and other meta tags, <title> and <h1>, <time>, and byline elements. Each field takes the
 * most specific source that has it: the article's JSON-LD and `article:*` meta over
 * generic meta, those over what the visible page says.
 */
export function extractMetadata(doc: Document, url?: string): PageMetadata {
  const f: Facts = { metas: new Map(), jsonLd: [], h1s: [], times: [], bylines: [] };
  gather(doc, f);
  const ld = jsonLdFields(f.jsonLd);
  const meta = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = f.metas.get(k);
      if (v) return v;
    }
    return undefined;
  };
  const siteName = meta('og:site_name', 'application-name') ?? ld.publisher;
  const out: PageMetadata = {};
  const title = cleanTitle({
    og: meta('og:title', 'twitter:title', 'dc.title'),
    ld: ld.headline,
    tag: f.titleTag,
    h1s: f.h1s,
    siteName,
  });
  if (title) out.title = title;
  const author =
    ld.authors?.join(', ') ??
    [meta(...META_AUTHOR)].find((a) => a && !/^https?:|^@|^\/\//.test(a)) ??
    f.bylines[0];
  const cleanAuthor = author
    ?.replace(/^\s*(by|von|par)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleanAuthor && cleanAuthor.length <= 120) out.author = cleanAuthor;
  const published =
    normaliseDate(ld.datePublished) ??
    normaliseDate(meta(...META_PUBLISHED)) ??
    normaliseDate(f.times.find((t) => t.published)?.datetime) ??
    normaliseDate(f.times[0]?.datetime) ??
    dateInUrl(url ?? f.canonical ?? meta('og:url'));
  if (published) out.published = published;
  const canonical = f.canonical ?? meta('og:url') ?? ld.url;
  const resolved = canonical ? resolve(canonical, url) : undefined;
  if (resolved) out.canonicalUrl = resolved;
  const language = normaliseLanguage(
    f.lang ?? meta('content-language', 'og:locale', 'dc.language') ?? ld.inLanguage,
  );
  if (language) out.language = language;
  const description = meta('description', 'og:description', 'twitter:description') ?? ld.description;
  if (description) out.description = description.replace(/\s+/g, ' ').trim();
  if (siteName) out.siteName = siteName;
  if (ld.articleBody) out.articleBody = ld.articleBody;
  return out;
}

function gather(node: ParentNode, f: Facts): void {
  for (const c of node.children) {
    if (c.type !== 'tag' && c.type !== 'script' && c.type !== 'style') continue;
    const el = c as Element;
    const a = el.attribs;
    switch (el.name) {
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.toLowerCase();
        const value = a.content ?? a.datetime;
        if (key && value && !f.metas.has(key)) f.metas.set(key, value.trim());
        continue;
      }
      case 'script':
        if (/ld\+json/i.test(a.type ?? '')) f.jsonLd.push(textContent(el));
        continue;
      case 'style':
        continue;
      case 'title':
        if (f.titleTag === undefined && !inSvg(el)) f.titleTag = textContent(el).replace(/\s+/g, ' ').trim();
        continue;
      case 'html':
        if (a.lang ?? a['xml:lang']) f.lang = a.lang ?? a['xml:lang'];
        break;
      case 'link':
        if (/(^|\s)canonical(\s|$)/i.test(a.rel ?? '') && a.href) f.canonical ??= a.href.trim();
        continue;
      case 'h1':
        f.h1s.push(textContent(el).replace(/\s+/g, ' ').trim());
        break;
      case 'time': {
        const dt = a.datetime ?? textContent(el);
        const published =
          a.itemprop === 'datePublished' ||
          'pubdate' in a ||
          /publish|posted|created/i.test(`${a.class ?? ''} ${a.id ?? ''}`);
        if (dt) f.times.push({ datetime: dt, published });
        break;
      }
      default:
        break;
    }
    if (isByline(el)) {
      const t = textContent(el).replace(/\s+/g, ' ').trim();
      if (t.length >= 3 && t.length <= 80) f.bylines.push(t);
    }
    gather(el, f);
  }
}

/** `rel="author"`, `itemprop="author"`, `class="byline"`: where pages print who wrote it. */
function isByline(el: Element): boolean {
  const a = el.attribs;
  if (a.rel === 'author' || a.itemprop === 'author') return true;
  return /(^|\s)(byline|author-name|author__name|byline__name|article-author|post-author)(\s|$)/i.test(
    a.class ?? '',
  );
}

function inSvg(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.type === 'tag' && (p as Element).name === 'svg') return true;
  return false;
}

/** `/2020/03/01/` in a news URL. */
function dateInUrl(url: string | undefined): string | undefined {
  const m = url ? /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:\/|-|$)/.exec(url) : null;
  return m ? normaliseDate(`${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}`) : undefined;
}

function resolve(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : undefined;
  }
}

/** `en_US` → `en-US`, `EN` → `en`; not a language tag → undefined. */
function normaliseLanguage(v: string | undefined): string | undefined {
  const m = v ? /^\s*([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|\d{3}))?\b/.exec(v) : null;
  if (!m) return undefined;
  return m[2] ? `${(m[1] ?? '').toLowerCase()}-${m[2].toUpperCase()}` : (m[1] ?? '').toLowerCase();
}
