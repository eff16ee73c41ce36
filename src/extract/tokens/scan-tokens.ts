import { chars } from './chars.ts';
import { detectCategory } from './detect-category.ts';
import { pushWord } from './push-word.ts';
import { splitUnknown } from './split-unknown.ts';
import { TokenSink } from './token-sink.ts';
import type { TokenizerLexicon } from './tokenizer-lexicon.ts';

/**
 * The tokeniser: one pass over the text, cutting it where wink-nlp's English model
 * cuts (so the tags distilled from wink fit the tokens), without its per-chunk regular
 * expressions. Chunks are the runs between spaces and line breaks; each is a lexeme
 * ("U.S.", "don't" → "do" "n't"), a whole token ("15,000", "1990s", "reporters"), a word
 * with one closing mark ("said,"), or goes through the finer rules below.
 * Returns [start, end) offsets; the text itself is never changed.
 */
export function scanTokens(text: string, lexicon: TokenizerLexicon): TokenSink {
  const sink = new TokenSink(text, lexicon);
  const { BREAK, LETTER } = chars;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = chars.classOf(text.charCodeAt(i));
    if (cls & BREAK) {
      i++;
      continue;
    }
    // the chunk, and where its word characters end ("said," → at the comma)
    let plain = cls & LETTER ? -1 : i;
    let j = i + 1;
    for (; j < n; j++) {
      const k = chars.classOf(text.charCodeAt(j));
      if (k & BREAK) break;
      if (plain < 0 && (k & LETTER) === 0) plain = j;
    }
    scanChunk(sink, i, j, plain < 0 ? j : plain);
    i = j;
  }
  return sink;
}

/** One chunk; `plain` is where its word characters end. */
function scanChunk(sink: TokenSink, s: number, e: number, plain: number): void {
  if (sink.parts(s, e) !== undefined) sink.emitKnown(s, e);
  else if (plain === e) sink.emit(s, e);
  else if (plain === e - 1 && plain > s && chars.isWordEnd(sink.text.charCodeAt(plain))) {
    // "said," → "said" ","; but an initial keeps its period: "J." in "J. K. Rowling"
    if (e - s === 2 && sink.text.charCodeAt(plain) === 0x2e) sink.emit(s, e);
    else {
      sink.emit(s, plain);
      sink.emit(plain, e);
    }
  } else if (!hyphenated(sink, s, e, plain)) {
    const kind = detectCategory(sink.text, s, e);
    if (kind === 'unknown') splitMarked(sink, s, e);
    else emitKind(sink, kind, s, e);
  }
}

/**
 * The commonest chunk that needs wink's fallback, words joined by hyphens ("newly-launched",
 * "Anglo-French", "long-term"), goes straight to the hyphen rule the fallback would reach.
 */
function hyphenated(sink: TokenSink, s: number, e: number, plain: number): boolean {
  const text = sink.text;
  if (plain === s) return false;
  let k = plain;
  while (k < e) {
    const c = text.charCodeAt(k);
    if ((c !== 0x2d && c !== 0x2013) || k + 1 >= e) return false;
    k++;
    const from = k;
    while (k < e && chars.isLetter(text.charCodeAt(k))) k++;
    if (k === from) return false;
  }
  // ... unless a currency code hides in it: "GBP-linked" is cut at "GBP" first
  if (/USD|AUD|INR|GBP/.test(text.slice(s, e))) return false;
  pushWord(sink, s, e);
  return true;
}

type Kind = 'lexeme' | 'whole' | 'word-mark' | 'unknown';

/** A lexeme comes out whole ("U.S." in "(U.S.)"), anything else by its category. */
function kindOf(sink: TokenSink, s: number, e: number): Kind {
  return sink.isLexeme(s, e) ? 'lexeme' : detectCategory(sink.text, s, e);
}

function emitKind(sink: TokenSink, kind: Kind, s: number, e: number): void {
  if (kind === 'lexeme') sink.emitKnown(s, e);
  else if (kind === 'whole') sink.emit(s, e);
  // "said," → "said" ","; but an initial keeps its period: "J." in "J. K. Rowling"
  else if (e - s === 2 && sink.text.charCodeAt(s + 1) === 0x2e) sink.emit(s, e);
  else {
    sink.emit(s, e - 1);
    sink.emit(e - 1, e);
  }
}

/**
 * Closing marks ("rights.”", "U.S.,", "Chechnya's" with a straight apostrophe, "etc...")
 * and opening ones ("“We", "(AP"), cut as wink's three helper patterns cut them; when
 * what is between the marks is not simple, the whole chunk goes to the fallback.
 */
function splitMarked(sink: TokenSink, s: number, e: number): void {
  const text = sink.text;
  // "right.”": a word, then one closing mark, a run of periods, "--" or "'s"
  if (!chars.isOpener(text.charCodeAt(s))) {
    const k = closerStart(text, s + 2, e, true, false);
    if (k >= 0) {
      const kind = kindOf(sink, s, k);
      if (kind === 'unknown') splitUnknown(sink, s, e);
      else {
        emitKind(sink, kind, s, k);
        sink.emit(k, e);
      }
      return;
    }
  }
  // "“We": an opening mark, then a part that does not end with a closing one
  if (!chars.isCloser(text.charCodeAt(e - 1), true, true)) {
    for (const lp of openerEnds(text, s, e, true)) {
      if (e - lp < 2) continue;
      const kind = kindOf(sink, lp, e);
      if (kind === 'unknown') splitUnknown(sink, s, e);
      else {
        sink.emit(s, lp);
        emitKind(sink, kind, lp, e);
      }
      return;
    }
  }
  // "(AP)" "“No,”": marks on both sides (a period is no closer here)
  for (const lp of openerEnds(text, s, e, false)) {
    const k = closerStart(text, lp + 1, e, false, true);
    if (k < 0) continue;
    const kind = kindOf(sink, lp, k);
    if (kind === 'unknown') splitUnknown(sink, s, e);
    else {
      sink.emit(s, lp);
      emitKind(sink, kind, lp, k);
      sink.emit(k, e);
    }
    return;
  }
  splitUnknown(sink, s, e);
}

/** Where an opening mark could end: "––" and "--" first, then one mark; `apostrophe` allows "'". */
function openerEnds(text: string, s: number, e: number, apostrophe: boolean): number[] {
  const c = text.charCodeAt(s);
  const ends: number[] = [];
  if ((c === 0x2013 || c === 0x2d) && s + 1 < e && text.charCodeAt(s + 1) === c) ends.push(s + 2);
  if (chars.isOpener(c) || (apostrophe && c === 0x27)) ends.push(s + 1);
  return ends;
}

/**
 * The earliest k >= `min` where [k, e) is a closing run: all periods (with `dots`), "--",
 * "––", "'s", or a single closing mark. -1 if none.
 */
function closerStart(text: string, min: number, e: number, dots: boolean, brackets: boolean): number {
  if (min >= e) return -1;
  let best = -1;
  if (dots) {
    let p = e;
    while (p > min && text.charCodeAt(p - 1) === 0x2e) p--;
    if (p < e) best = p;
  }
  if (e - 2 >= min && (best < 0 || e - 2 < best)) {
    const a = text.charCodeAt(e - 2);
    const b = text.charCodeAt(e - 1);
    if (((a === 0x2d || a === 0x2013) && b === a) || (a === 0x27 && b === 0x73)) best = e - 2;
  }
  if (best < 0 && chars.isCloser(text.charCodeAt(e - 1), dots, brackets)) best = e - 1;
  return best;
}
