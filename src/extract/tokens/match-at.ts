import { chars } from './chars.ts';

const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
/** \w without the u flag: ASCII letters, digits, "_". */
const isW = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * wink-nlp's token patterns as scanners: each `(text, i, e)` tries to match at `i`
 * (never past `e`) and returns the end of the match, or -1. They answer what wink's
 * regular expressions answer, in the same order of preference, one char code at a time.
 */
export const matchAt = {
  /** "15,000", "2.5", "2015-16", "10:30", "-3": digits joined by single separators. */
  number(text: string, i: number, e: number): number {
    let j = i;
    const c0 = text.charCodeAt(j);
    if (c0 === 0x2b || c0 === 0x2d) j++;
    if (j >= e || !chars.isDigit(text.charCodeAt(j))) return -1;
    while (j < e && chars.isDigit(text.charCodeAt(j))) j++;
    for (;;) {
      let k = j;
      const c = k < e ? text.charCodeAt(k) : -1;
      if (c === 0x2e || c === 0x2c || c === 0x2d || c === 0x2f || c === 0x3a) k++;
      if (k >= e || !chars.isDigit(text.charCodeAt(k))) return j;
      while (k < e && chars.isDigit(text.charCodeAt(k))) k++;
      j = k;
    }
  },

  /**
   * A word inside a longer chunk: a letter, then letters and digits, with single joiners
   * between them and an optional final "." ("U.S.-based", "e-mail", "o'clock", "AT&T", "Inc.").
   */
  word(text: string, i: number, e: number): number {
    if (!chars.isLetter(text.charCodeAt(i))) return -1;
    let j = i + 1;
    let end = -1;
    while (j < e && chars.isAlnum(text.charCodeAt(j))) j++;
    if (j > i + 1) {
      if (j < e && text.charCodeAt(j) === 0x2e) j++;
      end = j;
    }
    for (;;) {
      let k = j;
      const c = k < e ? text.charCodeAt(k) : -1;
      if (chars.isWordJoiner(c)) {
        if (k + 1 < e && chars.isAlnum(text.charCodeAt(k + 1))) k++;
        else break;
      } else if (c < 0 || !chars.isAlnum(c)) break;
      while (k < e && chars.isAlnum(text.charCodeAt(k))) k++;
      if (k < e && text.charCodeAt(k) === 0x2e) k++;
      end = j = k;
    }
    return end;
  },

  /** "@BBCNews": a mention. */
  mention(text: string, i: number, e: number): number {
    if (text.charCodeAt(i) !== 0x40) return -1;
    let j = i + 1;
    while (j < e && isW(text.charCodeAt(j))) j++;
    return j > i + 1 ? j : -1;
  },

  /** "#MeToo": a hashtag starts with a letter. */
  hashtag(text: string, i: number, e: number): number {
    if (text.charCodeAt(i) !== 0x23 || i + 1 >= e || !isAsciiLetter(text.charCodeAt(i + 1))) return -1;
    let j = i + 2;
    while (j < e && (isAsciiLetter(text.charCodeAt(j)) || chars.isDigit(text.charCodeAt(j)))) j++;
    return j;
  },

  /** "3pm", "10:30am", "1800hrs", "9a.m.": an hour with am/pm or hours; `anchored` wants it to reach `e`. */
  time(text: string, i: number, e: number, anchored: boolean): number {
    const d0 = text.charCodeAt(i);
    if (!chars.isDigit(d0)) return -1;
    const d1 = i + 1 < e ? text.charCodeAt(i + 1) : -1;
    // the hour as one digit, else two ("10", "23"), as the pattern's alternatives are tried
    const two = ((d0 === 0x30 || d0 === 0x31) && chars.isDigit(d1)) || (d0 === 0x32 && d1 >= 0x30 && d1 <= 0x33);
    for (let h = i + 1; h <= (two ? i + 2 : i + 1); h++) {
      // an optional ":" and optional minutes, taken first and given back when the rest fails
      const colon = h < e && text.charCodeAt(h) === 0x3a ? 1 : 0;
      for (let c = h + colon; c >= h; c--) {
        const m0 = text.charCodeAt(c);
        const mins = c + 1 < e && m0 >= 0x30 && m0 <= 0x35 && chars.isDigit(text.charCodeAt(c + 1)) ? 2 : 0;
        for (let m = c + mins; m >= c; m -= 2) {
          const end = timeSuffix(text, m, e, anchored);
          if (end >= 0) return end;
        }
        if (colon === 0) break;
      }
    }
    return -1;
  },

  /** "1st", "22nd", "103rd", "19th", "11th" (but not "11st"): digits and the suffix that fits the last. */
  ordinal(text: string, i: number, e: number): number {
    let n = i;
    while (n < e && chars.isDigit(text.charCodeAt(n))) n++;
    const len = n - i;
    if (len === 0 || n + 2 > e) return -1;
    const suffix = text.slice(n, n + 2);
    const last = text.charCodeAt(n - 1);
    if (len === 2 && text.charCodeAt(i) === 0x31) return suffix === 'th' ? n + 2 : -1;
    const fits = (suffix === 'st' && last === 0x31) || (suffix === 'nd' && last === 0x32) || (suffix === 'rd' && last === 0x33) || (suffix === 'th' && (last === 0x30 || last >= 0x34));
    return fits ? n + 2 : -1;
  },

  /** "$", "£", "€€", "US$", "USD", "GBP": wink's currency marks. */
  currency(text: string, i: number, e: number, ignoreCase: boolean): number {
    const c = text.charCodeAt(i);
    if (c === 0x24 || c === 0xa3 || c === 0xa5 || c === 0x20ac || c === 0x20a9 || c === 0x20bd || c === 0x20b9 || c === 0x20a8 || c === 0x20bf) {
      let j = i + 1;
      while (j < e && text.charCodeAt(j) === c) j++;
      return j;
    }
    // "C$", "A$", "US$", "USD", "AUD", "INR", "GBP"
    if (c !== 0x43 && c !== 0x41 && c !== 0x55 && c !== 0x49 && c !== 0x47 && !(ignoreCase && (c === 0x63 || c === 0x61 || c === 0x75 || c === 0x69 || c === 0x67))) return -1;
    if (i + 2 <= e) {
      const two = text.slice(i, i + 2);
      const t2 = ignoreCase ? two.toUpperCase() : two;
      if (t2 === 'C$' || t2 === 'A$') return i + 2;
    }
    if (i + 3 <= e) {
      const three = text.slice(i, i + 3);
      const t3 = ignoreCase ? three.toUpperCase() : three;
      if (t3 === 'US$' || t3 === 'USD' || t3 === 'AUD' || t3 === 'INR' || t3 === 'GBP') return i + 3;
    }
    return -1;
  },

  /** "1990s", "'90s", "60s": decades (wink's second pattern, "[12]\d\d0s", is not anchored at the start). */
  decade(text: string, i: number, e: number): number {
    let j = i;
    if (chars.isApostrophe(text.charCodeAt(j))) j++;
    if (j + 3 <= e && chars.isDigit(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 0x30 && text.charCodeAt(j + 2) === 0x73 && (j + 3 >= e || !chars.isApostrophe(text.charCodeAt(j + 3)))) return j + 3;
    const c = text.charCodeAt(i);
    if (i + 5 <= e && (c === 0x31 || c === 0x32) && chars.isDigit(text.charCodeAt(i + 1)) && chars.isDigit(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 0x30 && text.charCodeAt(i + 4) === 0x73) return i + 5;
    return -1;
  },

  /** ":)", ";-(", ":D", "<3", "):": emoticons (letters in any case, as wink's i flag has it). */
  emoticon(text: string, i: number, e: number): number {
    const c = text.charCodeAt(i);
    const at = (k: number): number => (k < e ? text.charCodeAt(k) : -1);
    if (c === 0x3a || c === 0x3b) {
      // ":'-)" ":((" (the optional "'" and "-" given back when no bracket follows)
      const a = chars.isApostrophe(at(i + 1)) ? 1 : 0;
      for (let x = a; x >= 0; x--) {
        const h = at(i + 1 + x) === 0x2d ? 1 : 0;
        for (let y = h; y >= 0; y--) {
          let k = i + 1 + x + y;
          while (at(k) === 0x28 || at(k) === 0x29) k++;
          if (k > i + 1 + x + y) return k;
        }
      }
      // ":-D" ":p" ":/"
      for (let y = at(i + 1) === 0x2d ? 1 : 0; y >= 0; y--) {
        const m = at(i + 1 + y);
        if (m > 0 && (']}3>[{@*/|?\\'.includes(String.fromCharCode(m)) || 'odpsx'.includes(String.fromCharCode(lower(m))))) return i + 2 + y;
      }
      return -1;
    }
    if (c === 0x3c) {
      let k = i + 1;
      if (at(k) === 0x5c || at(k) === 0x2f) k++;
      const from = k;
      while (at(k) === 0x33) k++;
      return k > from ? k : -1;
    }
    if (c === 0x28 || c === 0x29) {
      let k = i + 1;
      if (at(k) === 0x2d) k++;
      if (at(k) === 0x27) k++;
      return at(k) === 0x3a || at(k) === 0x3b ? k + 1 : -1;
    }
    if (c === 0x5c && at(i + 1) !== -1 && lower(at(i + 1)) === 0x6f && at(i + 2) === 0x2f) return i + 3;
    return -1;
  },

  /** One emoji code point from wink's list (including "©", "®", "™"); returns its end. */
  emoji(text: string, i: number, e: number): number {
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    if (i + len > e) return -1;
    const r = (a: number, b: number): boolean => cp >= a && cp <= b;
    const hit =
      r(0x1f300, 0x1f5ff) || r(0x1f900, 0x1f9ff) || r(0x1f600, 0x1f64f) || r(0x1f680, 0x1f6ff) || r(0x2600, 0x26ff) ||
      r(0x2700, 0x27bf) || r(0x1f1e6, 0x1f1ff) || r(0x1f191, 0x1f251) || cp === 0x1f004 || cp === 0x1f0cf ||
      r(0x1f170, 0x1f171) || r(0x1f17e, 0x1f17f) || cp === 0x1f18e || cp === 0x3030 || cp === 0x2b50 || cp === 0x2b55 ||
      r(0x2934, 0x2935) || r(0x2b05, 0x2b07) || r(0x2b1b, 0x2b1c) || cp === 0x3297 || cp === 0x3299 || cp === 0x303d ||
      cp === 0xa9 || cp === 0xae || cp === 0x2122 || cp === 0x23f3 || cp === 0x24c2 || r(0x23e9, 0x23ef) || cp === 0x25b6 || r(0x23f8, 0x23fa);
    return hit ? i + len : -1;
  },
} as const;

/** "am", "a.m.", "pm", "hours", "hrs" after an hour; with `anchored`, only a suffix reaching `e` counts. */
function timeSuffix(text: string, k: number, e: number, anchored: boolean): number {
  const ok = (end: number): boolean => end <= e && (!anchored || end === e);
  const a = lower(text.charCodeAt(k));
  if (a === 0x61 || a === 0x70) {
    for (let d1 = text.charCodeAt(k + 1) === 0x2e ? 1 : 0; d1 >= 0; d1--) {
      if (lower(text.charCodeAt(k + 1 + d1)) !== 0x6d) continue;
      const m = k + 2 + d1;
      for (let d2 = text.charCodeAt(m) === 0x2e ? 1 : 0; d2 >= 0; d2--) if (ok(m + d2)) return m + d2;
    }
    return -1;
  }
  if (a !== 0x68) return -1;
  const rest = text.slice(k, k + 5).toLowerCase();
  if (rest === 'hours' && ok(k + 5)) return k + 5;
  if (rest.startsWith('hrs') && ok(k + 3)) return k + 3;
  return -1;
}
