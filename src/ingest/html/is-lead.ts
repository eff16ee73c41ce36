import type { Element } from 'domhandler';

/** Names templates give an article's standfirst: the sentence or two between headline and body. */
const LEAD_WORDS = new Set([
  'lead',
  'lede',
  'standfirst',
  'subtitle',
  'subheadline',
  'subhead',
  'summary',
  'excerpt',
  'intro',
  'introduction',
  'deck',
  'dek',
  'abstract',
  'strapline',
  'sapo',
  'chapo',
  'description',
  'synopsis',
  'subheading',
]);

/**
 * Whether an element is a standfirst by its name (`article__lead`, `entry-subtitle`,
 * `c-dek`). Templates keep it in the article's header, apart from the body, though it is
 * the story's first paragraph.
 */
export function isLead(el: Element): boolean {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (names.trim() === '') return false;
  if (el.attribs.itemprop === 'alternativeHeadline') return true;
  for (const w of names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)) {
    if (LEAD_WORDS.has(w)) return true;
  }
  return false;
}
