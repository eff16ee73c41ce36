import { chars } from './chars.ts';
import type { TokenSink } from './token-sink.ts';

/** "U.S.", "e.g.", "A.": letters each followed by a period, and `tail` allows one more letter ("U.S"). */
function isShortForm(text: string, s: number, e: number, tail: boolean): boolean {
  let k = s;
  let pairs = 0;
  while (k + 1 < e && isAsciiLetter(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 0x2e) {
    k += 2;
    pairs++;
  }
  if (pairs === 0) return false;
  return k === e || (tail && k + 1 === e && isAsciiLetter(text.charCodeAt(k)));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * A word found inside a longer chunk, cut as wink-nlp cuts it: at periods unless they
 * build an abbreviation ("U.S.-based" → "U.S." "-" "based"; "bbc.co.uk" → "bbc" "." "co." "uk",
 * because "co." is a lexeme), then at hyphens ("newly-launched" → "newly" "-" "launched")
 * unless the word is a lexeme, holds a digit, or has a kept prefix or suffix ("anti-GOP").
 */
export function pushWord(sink: TokenSink, s: number, e: number): void {
  const text = sink.text;
  if (sink.isLexeme(s, e) || isShortForm(text, s, e, false)) {
    sink.emitKnown(s, e);
    return;
  }
  const firstDot = text.indexOf('.', s);
  if (firstDot < 0 || firstDot >= e) {
    pushHyphenated(sink, s, e);
    return;
  }
  // builds [bs, be) from the pieces between periods while they still form an abbreviation
  let bs = s;
  let be = s;
  const keeps = (from: number, to: number): boolean => isShortForm(text, from, to, true) || (to - from > 2 && sink.isLexeme(from, to));
  let w = s;
  for (;;) {
    let dot = text.indexOf('.', w);
    if (dot < 0 || dot >= e) dot = -1;
    const we = dot < 0 ? e : dot;
    if (be === bs || keeps(bs, we)) {
      if (be === bs) bs = w;
      be = we;
    } else {
      pushHyphenated(sink, bs, be);
      bs = w;
      be = we;
    }
    if (dot < 0) break;
    if (be > bs && keeps(bs, dot + 1)) {
      be = dot + 1;
    } else {
      pushHyphenated(sink, bs, be);
      sink.emitKnown(dot, dot + 1);
      bs = be = dot + 1;
    }
    w = dot + 1;
  }
  if (be > bs) pushHyphenated(sink, bs, be);
}

function pushHyphenated(sink: TokenSink, s: number, e: number): void {
  if (e <= s) return;
  const text = sink.text;
  let hyphens = 0;
  let digit = false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (chars.isHyphen(c)) hyphens++;
    else if (chars.isDigit(c)) digit = true;
  }
  if (hyphens === 0 || digit || sink.isLexeme(s, e)) {
    sink.emitKnown(s, e);
    return;
  }
  let firstEnd = s;
  while (!chars.isHyphen(text.charCodeAt(firstEnd))) firstEnd++;
  let lastStart = e;
  while (!chars.isHyphen(text.charCodeAt(lastStart - 1))) lastStart--;
  const { hyphenPrefixes, hyphenSuffixes } = sink.lexicon;
  if (hyphenPrefixes.has(text.slice(s, firstEnd)) || hyphenSuffixes.has(text.slice(lastStart, e))) {
    sink.emitKnown(s, e);
    return;
  }
  let from = s;
  for (let k = s; k < e; k++) {
    if (!chars.isHyphen(text.charCodeAt(k))) continue;
    sink.emitKnown(from, k);
    sink.emitKnown(k, k + 1);
    from = k + 1;
  }
  sink.emitKnown(from, e);
}
