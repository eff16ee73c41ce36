import type { Sentence } from '../../domain/token.ts';
import { chars } from './chars.ts';
import type { TokenModel } from './token-model.ts';

/**
 * Splits tokens into sentences and paragraphs, as wink-nlp's splitter did for this
 * project, with the conventions the stages rely on:
 * - a line break always ends a sentence: headlines, bylines and paragraphs stand on
 *   lines of their own, often without a final mark ("Chechnya denies reports\n\nThe ...");
 * - a blank line starts a new paragraph;
 * - ".", "!", "?" end a sentence when the next token starts one: a capital, an
 *   opening quote or bracket ("...to flee Russia. Chechen leader ...", "...denied it. “We never ...");
 *   not a lowercase word ("Why?” he asked", ". . . and then");
 * - a token that keeps its own period ends one only before a capitalised function word
 *   ("... in Mobile, Ala. The crowd", "... in the U.S. He said"; not "U.S. officials"),
 *   and never if it is a title or an initial ("Mr. Kadyrov", "Gov. Perry", "J. K. Rowling");
 * - closing quotes and brackets right after the mark belong to the sentence it ends
 *   (‘... never had the idea.”’, "... (and so on.) Next").
 */
export function splitSentences(text: string, starts: readonly number[], ends: readonly number[], model: TokenModel): Sentence[] {
  const n = starts.length;
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let first = 0;
  const close = (end: number): void => {
    if (end <= first) return;
    sentences.push({ start: starts[first]!, end: ends[end - 1]!, tokenStart: first, tokenEnd: end, paragraph });
    first = end;
  };
  let i = 0;
  while (i < n) {
    const lines = i > 0 ? lineBreaks(text, ends[i - 1]!, starts[i]!) : 0;
    if (lines > 0) {
      close(i);
      if (lines > 1 && sentences.length > 0) paragraph++;
    }
    const strength = terminal(text, starts[i]!, ends[i]!, model);
    if (strength === 0) {
      i++;
      continue;
    }
    // take the closing marks that touch the terminal mark: '.”' '?"' '.)'
    let j = i;
    while (j + 1 < n && starts[j + 1] === ends[j] && isClosing(text.charCodeAt(starts[j + 1]!), ends[j + 1]! - starts[j + 1]!)) j++;
    if (j + 1 >= n || (strength === 2 ? startsSentence(text, starts[j + 1]!) : startsClause(text, starts[j + 1]!, ends[j + 1]!, model))) close(j + 1);
    i = j + 1;
  }
  close(n);
  return sentences;
}

/** 0 when the gap holds no line break, 1 for a line break, 2 when a blank line is in it. */
function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) {
      if (breaks > 0) return 2;
      breaks = 1;
    } else if (c !== 0x0d && c !== 0x20 && c !== 0x09 && !chars.isBreak(c) && !chars.isTrimmable(c)) {
      // not blank: what was between the two line breaks was a character
      breaks = breaks > 0 ? 1 : 0;
    }
  }
  return breaks;
}

/**
 * 2 for ".", "!", "?", "?!"; 1 for a token that keeps its period ("Ala.", "U.S.", "a.m.");
 * 0 for the rest, titles and initials ("Mr.", "e.g.", "J.") and ellipses:
 * "We covered Chechnya for many years... Many years, decades."
 */
function terminal(text: string, s: number, e: number, model: TokenModel): number {
  const c = text.charCodeAt(s);
  if (e - s === 1) return c === 0x2e || c === 0x21 || c === 0x3f ? 2 : 0;
  let marks = true;
  for (let k = s; k < e && marks; k++) {
    const d = text.charCodeAt(k);
    marks = d === 0x21 || d === 0x3f;
  }
  if (marks) return 2;
  if (text.charCodeAt(e - 1) !== 0x2e || c === 0x2e) return 0;
  if (e - s === 2 || model.nonFinal.has(text.slice(s, e))) return 0;
  return 1;
}

/** After an abbreviation, a new sentence starts with a capitalised function word: "The", "He", "But", "In". */
function startsClause(text: string, s: number, e: number, model: TokenModel): boolean {
  if (!chars.isUpper(text.charCodeAt(s))) return false;
  const { words, tagNames } = model.tagger;
  const entry = words.find(text, s, e);
  const tag = entry < 0 ? undefined : tagNames[words.usual(entry)];
  return tag === 'DET' || tag === 'PRON' || tag === 'ADP' || tag === 'CCONJ' || tag === 'SCONJ' || tag === 'ADV' || tag === 'AUX' || tag === 'INTJ';
}

/** ” ’ " ' ) ] » as one-character tokens. */
function isClosing(c: number, len: number): boolean {
  return len === 1 && (c === 0x201d || c === 0x2019 || c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb);
}

/** A capital, a digit, an opening mark (“ ‘ " ' ( [ «) or an ellipsis: "...no proof of it. ... He would not". */
function startsSentence(text: string, s: number): boolean {
  const c = text.charCodeAt(s);
  if (chars.isUpper(c) || chars.isDigit(c)) return true;
  if (c === 0x201c || c === 0x2018 || c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0xab || c === 0x2026) return true;
  if (c === 0x2e && text.charCodeAt(s + 1) === 0x2e) return true;
  if (c > 0xff) {
    const ch = text[s] ?? '';
    return ch !== ch.toLowerCase();
  }
  return false;
}
