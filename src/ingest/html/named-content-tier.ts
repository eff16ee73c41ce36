import type { Element } from 'domhandler';

/**
 * Names that templates give the box holding an article's body, as word sequences (after
 * `articleBody` / `article__body` / `article-body` all become `article body`).
 * Tier 1 names the body itself, tier 2 the whole article or post, tier 3 the page's main
 * column. Lower is more specific.
 */
const TIER1 = [
  'article body',
  'articlebody',
  'article content',
  'articlecontent',
  'article text',
  'articletext',
  'article copy',
  'article main',
  'article inner',
  'article entry',
  'story body',
  'storybody',
  'story content',
  'storycontent',
  'story text',
  'post content',
  'postcontent',
  'post body',
  'postbody',
  'post text',
  'posttext',
  'post entry',
  'postentry',
  'entry content',
  'entrycontent',
  'entry body',
  'entry text',
  'body text',
  'bodytext',
  'body copy',
  'bodycopy',
  'text body',
  'news body',
  'news content',
  'news text',
  'blog content',
  'blog post content',
  'single content',
  'content body',
  'main text',
  'rich text',
  'richtext',
  'field body',
  'node content',
  'page content',
  'text content',
  'art content',
  'article wrap',
  'articlewrapper',
  'post inner',
  'item text',
  'itemfulltext',
  'fulltext',
  'article detail',
  'story detail',
  'content text',
  'detail content',
  'detail body',
  'text wrapper',
];
const TIER2 = [
  'article',
  'story',
  'post',
  'entry',
  'hentry',
  'blog post',
  'single post',
  'blogpost',
  'news article',
  'content article',
];
const TIER3 = [
  'main content',
  'maincontent',
  'content main',
  'main',
  'content',
  'primary',
  'site content',
  'page',
  'container content',
  'main column',
  'main col',
  'col main',
];

/** One alternation per tier: a token's words are tested once, not once per name. */
const TIER1_RE = new RegExp(` (?:${TIER1.join('|')}) `);
const TIER2_RE = new RegExp(`^ (?:${TIER2.join('|')}) $`);
const TIER3_RE = new RegExp(`^ (?:${TIER3.join('|')}) $`);

/** `article__body js-body` → ` article body ` ` js body `: each token as its words. */
function tokenWords(el: Element): string[] {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.trim();
  if (names === '') return [];
  return names.split(/\s+/).map(
    (t) =>
      ` ${t
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '')
        .join(' ')} `,
  );
}

/**
 * How specifically an element's tag, itemprop, role or class/id names it the article's
 * container: 1 (the body), 2 (the article), 3 (the main column), or 0 (not at all).
 * Tier 2 and 3 names must be the whole token (`post`, not `post-meta`), since longer
 * tokens that start with them name parts of a post.
 */
export function namedContentTier(el: Element): 0 | 1 | 2 | 3 {
  const a = el.attribs;
  const itemprop = a.itemprop?.toLowerCase();
  if (itemprop === 'articlebody' || itemprop === 'reviewbody') return 1;
  const tokens = tokenWords(el);
  if (tokens.some((t) => TIER1_RE.test(t))) return 1;
  if (
    el.name === 'article' ||
    a.role === 'article' ||
    /(Article|BlogPosting|NewsArticle|Report)$/.test(a.itemtype ?? '')
  )
    return 2;
  if (tokens.some((t) => TIER2_RE.test(t))) return 2;
  if (el.name === 'main' || a.role === 'main') return 3;
  if (tokens.some((t) => TIER3_RE.test(t))) return 3;
  return 0;
}
