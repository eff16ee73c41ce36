/**
 * The sentence (or line, when the line has no sentence end) that holds a span: the
 * `context` of a stored figure. The store does not keep the tokeniser's sentences, so
 * the boundaries are found again here with a plain rule: a line break, or `.`, `!`, `?`
 * (and any closing quotes or brackets after it) followed by white space, unless the
 * period ends a common abbreviation ("Dr. Ansel Grieve") or an initial ("J. Okafor").
 * Decimal points ("4.5 million") are never followed by a space, so they never split.
 */
import type { Span } from '../domain/span.ts';

/** A runaway "sentence" (a table, a list without punctuation) is cut this far from the span. */
const MAX_REACH = 400;

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const ENDERS = new Set(['.', '!', '?']);
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st sen rep gov gen col capt lt sgt rev jr sr no nos vs etc inc ltd co corp dept approx est fig jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e'.split(
    ' ',
  ),
);

/** Whether the punctuation mark at `at` ends a sentence, judging by the word before it. */
function endsSentence(text: string, at: number): boolean {
  const mark = text[at];
  if (mark === undefined || !ENDERS.has(mark)) return false;
  if (mark !== '.') return true;
  let w = at;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1] ?? '')) w--;
  const word = text.slice(w, at);
  if (/^\p{Lu}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** If a sentence ends just before the white space at `at`, where its last mark stands; else -1. */
function sentenceEndBefore(text: string, at: number): number {
  let j = at - 1;
  while (j >= 0 && CLOSERS.has(text[j] ?? '')) j--;
  return endsSentence(text, j) ? j : -1;
}

export function sentenceAround(text: string, span: Span): string {
  const lo = Math.max(0, Math.min(span.start, text.length));
  const hi = Math.max(lo, Math.min(span.end, text.length));
  let start = Math.max(0, lo - MAX_REACH);
  for (let i = lo - 1; i >= start; i--) {
    const c = text[i] ?? '';
    if (c === '\n' || (/\s/u.test(c) && sentenceEndBefore(text, i) >= 0)) {
      start = i + 1;
      break;
    }
  }
  let end = Math.min(text.length, hi + MAX_REACH);
  for (let i = hi; i < end; i++) {
    const c = text[i] ?? '';
    if (c === '\n') {
      end = i;
      break;
    }
    if (/\s/u.test(c) && sentenceEndBefore(text, i) >= 0) {
      end = i;
      break;
    }
  }
  return text.slice(start, end).replace(/\s+/gu, ' ').trim();
}
