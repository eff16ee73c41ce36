import { chars } from './chars.ts';
import { matchAddress } from './match-address.ts';
import { matchAt } from './match-at.ts';

/**
 * What a whole chunk (text between spaces) is, tested in wink-nlp's order:
 * - `whole`: one token as it stands: "reporters", "15,000", "3pm", "1990s", "mid-1990s", "#MeToo", "...";
 * - `word-mark`: a plain word and one closing mark: "said," "week." "(see below)" → cut the mark;
 * - `unknown`: anything else ("“We", "it’s", "$15", "U.S.-based"), for the finer rules.
 */
export function detectCategory(text: string, s: number, e: number): 'whole' | 'word-mark' | 'unknown' {
  let k = s;
  while (k < e && chars.isWordChar(text.charCodeAt(k))) k++;
  if (k === e) return 'whole';
  if (k === e - 1 && k > s && chars.isWordEnd(text.charCodeAt(k))) return 'word-mark';
  const c = text.charCodeAt(s);
  if (chars.isDigit(c) || c === 0x2b || c === 0x2d) {
    if (matchAt.number(text, s, e) === e) return 'whole';
  }
  if (matchAddress.url(text, s, e) === e) return 'whole';
  if (matchAddress.email(text, s, e) === e) return 'whole';
  if (matchAt.mention(text, s, e) === e || matchAt.hashtag(text, s, e) === e) return 'whole';
  if (matchAt.emoticon(text, s, e) === e) return 'whole';
  if (chars.isDigit(c) && (matchAt.time(text, s, e, true) === e || matchAt.ordinal(text, s, e) === e)) return 'whole';
  if (matchAt.currency(text, s, e, true) === e) return 'whole';
  const len = e - s;
  if (len === 1) {
    if (chars.isPunct(c) || chars.isSymbol(c)) return 'whole';
  } else if (c === 0x2e) {
    // "..." and "...." are one token
    let p = s;
    while (p < e && text.charCodeAt(p) === 0x2e) p++;
    if (p === e) return 'whole';
  } else if (len === 2 && (c === 0x2d || c === 0x2013) && text.charCodeAt(s + 1) === c) {
    // "--" and "––" stand for a dash
    return 'whole';
  }
  if (matchAt.decade(text, s, e) === e) return 'whole';
  // "mid-1990s", "late-1980s": wink's decade pattern looks only at the end of the chunk
  if (len >= 5 && matchAt.decade(text, e - 5, e) === e && chars.isDigit(text.charCodeAt(e - 5))) return 'whole';
  return 'unknown';
}
