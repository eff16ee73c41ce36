import { chars } from './chars.ts';
import { matchAddress } from './match-address.ts';
import { matchAt } from './match-at.ts';
import { pushWord } from './push-word.ts';
import type { TokenSink } from './token-sink.ts';

/** Patterns tried in turn on what the earlier ones left over (see `matchLevel`). */
const LEVELS = 18;

/**
 * wink-nlp's fallback for chunks no simpler rule explains ("$15", "Chechnya’s",
 * "U.S.-based", "newly-launched", "(AP)—"): find the first pattern's matches in the chunk,
 * make them tokens, and cut the stretches between them with the patterns after it.
 */
export function splitUnknown(sink: TokenSink, s: number, e: number): void {
  split(sink, s, e, 0, classesIn(sink.text, s, e));
}

/** `present`: the classes of the whole chunk (a piece has no class its chunk lacks). */
function split(sink: TokenSink, s: number, e: number, level: number, present: number): void {
  const text = sink.text;
  while (s < e && chars.isTrimmable(text.charCodeAt(s))) s++;
  while (e > s && chars.isTrimmable(text.charCodeAt(e - 1))) e--;
  if (s >= e) return;
  if (level >= LEVELS) {
    sink.emit(s, e);
    return;
  }
  // a pattern whose first characters are nowhere in the chunk cannot match: skip it
  // ("newly-launched" has no "/", "@", "#", digit, quote or bracket for the early ones)
  while (level < 11 && (present & needs(level)) === 0) level++;
  let from = s;
  let i = s;
  while (i < e) {
    const end = matchLevel(text, level, i, e);
    if (end <= i) {
      i++;
      continue;
    }
    if (i > from) split(sink, from, i, level + 1, present);
    // words (levels 12, 15, 17) are cut further at periods and hyphens
    if (level === 12 || level === 15 || level === 17) pushWord(sink, i, end);
    else sink.emitKnown(i, end);
    from = i = end;
  }
  if (from < e) split(sink, from, e, level + 1, present);
}

/** The end of the level's match at `i` in the piece ending at `e`, or -1. */
function matchLevel(text: string, level: number, i: number, e: number): number {
  const c = text.charCodeAt(i);
  switch (level) {
    case 0:
      // "(https://example.org/a)"
      return matchAddress.url(text, i, e);
    case 1:
      // "<press@example.com>"
      return matchAddress.email(text, i, e);
    case 2:
      // "(@VossMayor)"
      return matchAt.mention(text, i, e);
    case 3:
      // "#Brannock:"
      return matchAt.hashtag(text, i, e);
    case 4:
      // "Brannock™" → "Brannock" "™"
      return matchAt.emoji(text, i, e);
    case 5:
      // "great:)"
      return matchAt.emoticon(text, i, e);
    case 6:
      // "9am-5pm"
      return chars.isDigit(c) ? matchAt.time(text, i, e, false) : -1;
    case 7:
      // "22nd-placed"
      return chars.isDigit(c) ? matchAt.ordinal(text, i, e) : -1;
    case 8:
      // "$15", "£2.5bn", "US$5"
      return matchAt.currency(text, i, e, false);
    case 9:
      // "1990s-style"
      return matchAt.decade(text, i, e);
    case 10:
      // quotes, brackets, "…", "!", "?", ";" come off wherever they are
      return chars.isLoosePunct(c) ? i + 1 : -1;
    case 11: {
      // "’s" only at the very end of what is left: "Chechnya’s" → "Chechnya" "’s"
      const d = text.charCodeAt(i + 1) | 0x20;
      return i === e - 2 && chars.isApostrophe(c) && d === 0x73 ? e : -1;
    }
    case 12:
      // "U.S.-based", "newly-launched", "bn" in "£2.5bn"
      return matchAt.word(text, i, e);
    case 13:
      // "2.5" in "£2.5bn", "15" in "15%"
      return chars.isDigit(c) || c === 0x2b || c === 0x2d ? matchAt.number(text, i, e) : -1;
    case 14:
      // "%" in "15%"
      return chars.isSymbol(c) ? i + 1 : -1;
    case 15: {
      // a lone initial: "J." in "J.R.R.-Tolkien"-like leftovers
      const l = c | 0x20;
      return l >= 0x61 && l <= 0x7a && i + 1 < e && text.charCodeAt(i + 1) === 0x2e ? i + 2 : -1;
    }
    case 16:
      // "." in "9.", "-" in "17-year-old"
      return separatorAt(text, i, e);
    case 17: {
      // "m" in "5m": a lone letter the word pattern (two characters or more) left
      let k = i;
      while (k < e && chars.isLetter(text.charCodeAt(k))) k++;
      return k > i ? k : -1;
    }
    default:
      return -1;
  }
}

const SLASH = 1;
const AT = 2;
const HASH = 4;
const EMOJI = 8;
const EMOTICON = 16;
const DIGIT = 32;
const CURRENCY = 64;
const LOOSE = 128;

/** Which of the early patterns' starting characters the piece holds, as bits. */
function classesIn(text: string, s: number, e: number): number {
  let bits = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) bits |= DIGIT;
    else if (c === 0x2f) bits |= SLASH;
    else if (c === 0x40) bits |= AT;
    else if (c === 0x23) bits |= HASH;
    else if (c === 0x3a || c === 0x3b || c === 0x3c || c === 0x5c) bits |= EMOTICON;
    else if (c === 0x28 || c === 0x29) bits |= EMOTICON | LOOSE;
    else if (c === 0x24 || c === 0xa3 || c === 0xa5 || c === 0x41 || c === 0x43 || c === 0x47 || c === 0x49 || c === 0x55 || (c >= 0x20a8 && c <= 0x20bf)) bits |= CURRENCY;
    if (c === 0xa9 || c === 0xae || c >= 0x2122) bits |= EMOJI;
    if (chars.isLoosePunct(c)) bits |= LOOSE;
  }
  return bits;
}

/** The characters a pattern of the first eleven levels must find in a piece to match. */
function needs(level: number): number {
  switch (level) {
    case 0:
      return SLASH;
    case 1:
    case 2:
      return AT;
    case 3:
      return HASH;
    case 4:
      return EMOJI;
    case 5:
      return EMOTICON;
    case 6:
    case 7:
    case 9:
      return DIGIT;
    case 8:
      return CURRENCY;
    default:
      return LOOSE;
  }
}

/** "...", "--", "––", or one of "-", "–", "—", ".", "'", "’", "/", ":", ",". */
function separatorAt(text: string, i: number, e: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x2e && i + 1 < e && text.charCodeAt(i + 1) === 0x2e) {
    let k = i + 2;
    while (k < e && text.charCodeAt(k) === 0x2e) k++;
    return k;
  }
  if ((c === 0x2d || c === 0x2013) && i + 1 < e && text.charCodeAt(i + 1) === c) return i + 2;
  return chars.isSeparator(c) ? i + 1 : -1;
}
