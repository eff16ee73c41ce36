import type { Span } from '../../domain/span.ts';

/** An apostrophe inside a word, straight or curly: "don’t" and "don't" both become "dont". */
const INNER_APOSTROPHE = /(?<=\p{L})['’‘ʼ`´](?=\p{L})/gu;
/** A thousands or decimal separator: "1,000" and "1000" are one number to a copy editor. */
const DIGIT_SEPARATOR = /(?<=\p{N})[.,](?=\p{N})/gu;
/** Everything that is not a letter or a digit separates words: punctuation, quotes, dashes, white space. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;
/** Accents, after NFKD has split them off: a republisher's "cafe" is the wire's "café". */
const MARKS = /\p{M}+/gu;

/**
 * The words of a text as duplicate detection compares them, lower-case and separated by
 * single spaces. A republished copy differs from its source in ways that say nothing about
 * its content: letter case, curly or straight quotes (“ ” ‘ ’ against " '), dashes,
 * accents, line breaks and spacing, ligatures and full-width forms (NFKD folds them).
 * `ignore` holds spans already marked as boilerplate (banners, share lines, "Read more",
 * syndication notices): they are dropped, so that two copies wrapped differently compare
 * by their article text. Spans are UTF-16 indices into `text`, as everywhere.
 */
export function normaliseText(text: string, ignore: readonly Span[] = []): string {
  const kept = ignore.length > 0 ? withoutSpans(text, ignore) : text;
  return kept
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(INNER_APOSTROPHE, '')
    .replace(DIGIT_SEPARATOR, '')
    .replace(NON_WORD, ' ')
    .trim();
}

/** The text with the spans cut out, a space in place of each so that words either side stay apart. */
function withoutSpans(text: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(at, Math.min(s.start, text.length));
    const end = Math.min(Math.max(s.end, start), text.length);
    parts.push(text.slice(at, start));
    at = Math.max(at, end);
  }
  parts.push(text.slice(at));
  return parts.join(' ');
}
