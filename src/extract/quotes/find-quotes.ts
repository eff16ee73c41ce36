import type { Quote } from '../../domain/analysis.ts';
import type { Span } from '../../domain/span.ts';

const OPENERS = new Set(['\u201c', '\u201e', '\u00ab', '"', '\u2018']);
const CLOSERS = new Set(['\u201d', '\u00bb', '"', '\u201c', '\u2019']);
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return (x >= 97 && x <= 122) || (x >= 65 && x <= 90) || (x >= 48 && x <= 57) || (x > 127 && /[\p{L}\p{N}]/u.test(c));
};
const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || (c.charCodeAt(0) > 127 && /\s/u.test(c));

/**
 * Quotations in one paragraph of text, with their marks. Handles curly and straight
 * marks and their mixtures ("Using the most unworthy methods, reality is distorted,"
 * opened straight and closed curly, or “... now." the other way round), single curly
 * quotes used as quotation marks in headlines (‘fake news’), and leaves apostrophes
 * alone ("don’t", "Chechnya’s"). A quote left open at the end of the paragraph runs to
 * the end of it and is marked unbalanced (news convention for a quote that goes on in
 * the next paragraph).
 */
export function findQuotes(text: string, para: Span): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let opener = '';
  for (let i = para.start; i < para.end; i++) {
    const c = text[i] ?? '';
    // most characters are no quotation mark at all
    if (c !== '"' && c !== '\u201c' && c !== '\u201d' && c !== '\u201e' && c !== '\u00ab' && c !== '\u00bb' && c !== '\u2018' && c !== '\u2019') continue;
    const prev = i > para.start ? text[i - 1] : undefined;
    const next = i + 1 < para.end ? text[i + 1] : undefined;
    if (open < 0) {
      if (!OPENERS.has(c)) continue;
      // ‘ opens only before a letter and after a space or an opening bracket: ‘fake news’
      if (c === '\u2018' && !(isLetter(next) && (isSpace(prev) || prev === '(' || prev === '\u201c'))) continue;
      // a straight " opens unless it is glued to the end of a word ("5" tall): he said "no"
      if (c === '"' && isLetter(prev) && isSpace(next)) continue;
      if (isSpace(next) && c !== '\u201c' && c !== '\u00ab') continue;
      open = i;
      opener = c;
      continue;
    }
    if (!CLOSERS.has(c)) continue;
    if (opener === '\u2018') {
      // ’ closes a single quote only where it is not an apostrophe: ‘fake news’ vs don’t;
      // after an s and before a word it is a plural possessive if a later ’ can close:
      // ‘The miners’ pay has not risen in years,’ he said.
      if (c !== '\u2019' || isLetter(next)) continue;
      if (prev === 's' && next === ' ' && isLetter(text[i + 2]) && hasLaterCloser(text, i + 1, para.end)) continue;
    } else {
      if (c === '\u2019') continue;
      // “ inside a quote opened by “ is a missing close followed by a new quote: close before it
      if (c === '\u201c') {
        if (isSpace(prev)) {
          out.push({ start: open, end: trimEnd(text, open, i), unbalanced: true });
          open = i;
          opener = c;
        }
        continue;
      }
    }
    out.push({ start: open, end: i + 1, unbalanced: false });
    open = -1;
  }
  if (open >= 0) out.push({ start: open, end: trimEnd(text, open, para.end), unbalanced: true });
  return out.filter((q) => q.end - q.start > 2);
}

/** Whether a ’ after punctuation or before punctuation comes later in the paragraph. */
function hasLaterCloser(text: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    if (text[k] !== '\u2019') continue;
    if (/[,.!?;:]/.test(text[k - 1] ?? '') || /[,.!?;:]|\s|^$/.test(text[k + 1] ?? '')) return true;
  }
  return false;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}
