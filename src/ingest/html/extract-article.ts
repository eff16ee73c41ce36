import { parseDocument } from 'htmlparser2';
import { cleanPage } from './clean-page.ts';
import { collectParagraphs } from './collect-paragraphs.ts';
import { extractMetadata } from './extract-metadata.ts';
import { filterParagraphs } from './filter-paragraphs.ts';
import { findBody } from './find-body.ts';
import { findContentRoots } from './find-content-roots.ts';
import { jsonLdParagraphs } from './json-ld-paragraphs.ts';
import { measureText } from './measure-text.ts';
import { pruneFurniture } from './prune-furniture.ts';
import { readabilityParagraphs } from './readability-paragraphs.ts';

/** The article inside a web page. */
export interface ExtractedArticle {
  /** The headline, or '' when the page has none. */
  readonly title: string;
  /** The article body: one paragraph per block, blocks separated by a blank line; '' when none was found. */
  readonly text: string;
  readonly author?: string;
  /** `YYYY-MM-DD`. */
  readonly published?: string;
  readonly canonicalUrl?: string;
  /** A BCP 47 tag as the page declares it (`en`, `en-GB`). */
  readonly language?: string;
  readonly description?: string;
  /** How the body was found: a box the template names, readability-style scoring, or the whole page. */
  readonly via: 'named' | 'scored' | 'body' | 'json-ld' | 'readability' | 'none';
}

/** Below this many characters of article text, Readability's reading of the page is asked for. */
const SECOND_OPINION_BELOW = 1000;

/**
 * The article in an HTML page: metadata first (from the untouched page), then the page
 * without scripts, media, controls and furniture landmarks; the box that holds the
 * story; that box without its share bars, related lists, captions and bylines; its
 * paragraphs without the lines that are furniture by what they say.
 */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  const doc = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const meta = extractMetadata(doc, url);
  cleanPage(doc);
  const body = findBody(doc);
  const measures = measureText(body);
  const { roots, via } = findContentRoots(body, measures);
  for (const r of roots) pruneFurniture(r, measures);
  let paragraphs = filterParagraphs(collectParagraphs(roots)).map((p) => p.text);
  let found: ExtractedArticle['via'] = via;
  // Pages that render the story from a script still give search engines its text.
  const ldBody = meta.articleBody ? jsonLdParagraphs(meta.articleBody) : [];
  if (length(ldBody) >= 150 && length(ldBody) > 2 * length(paragraphs)) {
    paragraphs = ldBody;
    found = 'json-ld';
  }
  // Little found: ask Readability, whose scoring over the whole page sometimes sees a
  // body that our named boxes and pruning missed (product pages, odd layouts).
  if (length(paragraphs) < SECOND_OPINION_BELOW) {
    const second = readabilityParagraphs(html);
    if (second && length(second) > 2 * length(paragraphs)) {
      paragraphs = second;
      found = 'readability';
    }
  }
  const title = meta.title ?? '';
  const text = withHeadline(title, paragraphs).join('\n\n');
  return {
    title,
    text,
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.canonicalUrl ? { canonicalUrl: meta.canonicalUrl } : {}),
    ...(meta.language ? { language: meta.language } : {}),
    ...(meta.description ? { description: meta.description } : {}),
    via: paragraphs.length === 0 ? 'none' : found,
  };
}

function length(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0);
}

/**
 * The headline as the text's first paragraph, as in a plain-text article, unless the
 * body already opens with it. A page without article text gets no headline either.
 */
function withHeadline(title: string, paragraphs: readonly string[]): string[] {
  if (title === '' || paragraphs.length === 0) return [...paragraphs];
  const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const k = key(title);
  if (paragraphs.slice(0, 3).some((p) => key(p) === k)) return [...paragraphs];
  return [title, ...paragraphs];
}
