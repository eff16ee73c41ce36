import { chars } from './chars.ts';

const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A host name character: ASCII letters and digits, and anything from U+00A1 up. */
const isHostChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c >= 0xa1;
/** A top-level domain letter: "uk", "com", "рф" (no digits). */
const isTldChar = (c: number): boolean => isAsciiLetter(c) || c >= 0xa1;
/** Characters of an e-mail's local part: "john.o'neil+news". */
function isLocalChar(c: number): boolean {
  if (isAsciiLetter(c) || isDigit(c)) return true;
  switch (c) {
    case 0x2d: case 0x21: case 0x23: case 0x24: case 0x25: case 0x26: case 0x27: case 0x2a: case 0x2b: case 0x2f:
    case 0x3d: case 0x3f: case 0x5e: case 0x5f: case 0x7b: case 0x7c: case 0x7d: case 0x7e: case 0x60:
      return true;
    default:
      return false;
  }
}

/**
 * Web and mail addresses as wink-nlp finds them: "http://bbc.co.uk/news", "//cdn.example.org",
 * "press@example.com". Like `matchAt`, each tries at `i` and returns the end or -1.
 */
export const matchAddress = {
  /** A URL needs "//" (after an optional "http:", "https:" or "ftp:"): "www.bbc.co.uk" alone is not one. */
  url(text: string, i: number, e: number): number {
    const c0 = text.charCodeAt(i) | 0x20;
    if (c0 !== 0x68 && c0 !== 0x66 && c0 !== 0x2f) return -1;
    let j = i;
    for (const scheme of ['http:', 'https:', 'ftp:']) {
      if (j + scheme.length <= e && text.slice(j, j + scheme.length).toLowerCase() === scheme) {
        j += scheme.length;
        break;
      }
    }
    if (j + 2 > e || text.charCodeAt(j) !== 0x2f || text.charCodeAt(j + 1) !== 0x2f) return -1;
    j += 2;
    // "user:pass@host": take up to the last "@", as the greedy pattern would, if a host follows
    const at = text.lastIndexOf('@', e - 1);
    if (at >= j) {
      const end = urlHost(text, at + 1, e);
      if (end >= 0) return end;
    }
    return urlHost(text, j, e);
  },

  /** "press@example.com": the leftmost start whose local part reaches an "@" before a domain. */
  email(text: string, i: number, e: number): number {
    const c = text.charCodeAt(i);
    if (c === 0x60 || !isLocalChar(c)) return -1;
    let j = i + 1;
    for (;;) {
      const d = j < e ? text.charCodeAt(j) : -1;
      if (d === 0x2e && j + 1 < e && isLocalChar(text.charCodeAt(j + 1))) j += 2;
      else if (d >= 0 && isLocalChar(d)) j++;
      else break;
    }
    if (j >= e || text.charCodeAt(j) !== 0x40) return -1;
    return emailDomain(text, j + 1, e);
  },
} as const;

/** Host labels, a top-level domain of two letters or more, an optional port and path. */
function urlHost(text: string, i: number, e: number): number {
  // labels: "bbc", "co", "uk" (hyphens inside a label, not at its ends)
  let j = i;
  let tldEnd = -1;
  let labels = 0;
  for (;;) {
    if (j >= e || !isHostChar(text.charCodeAt(j))) break;
    const start = j;
    let lastHost = j;
    while (j < e) {
      const c = text.charCodeAt(j);
      if (isHostChar(c)) lastHost = j;
      else if (c !== 0x2d) break;
      j++;
    }
    j = lastHost + 1;
    labels++;
    let t = start;
    while (t < j && isTldChar(text.charCodeAt(t))) t++;
    if (labels >= 2 && t - start >= 2) tldEnd = t;
    if (j < e && text.charCodeAt(j) === 0x2e) j++;
    else break;
  }
  if (tldEnd < 0) return -1;
  let end = tldEnd;
  if (end < e && text.charCodeAt(end) === 0x3a) {
    let p = end + 1;
    while (p < e && p < end + 6 && isDigit(text.charCodeAt(p))) p++;
    if (p - end - 1 >= 2) end = p;
  }
  if (end < e) {
    const c = text.charCodeAt(end);
    // the path runs to the next white space (a BOM or a form feed counts: "…/photo.jpg\ufeff")
    if (c === 0x2f || c === 0x3f || c === 0x23) while (end < e && !chars.isTrimmable(text.charCodeAt(end))) end++;
  }
  return end;
}

/** "example.com", "mail.example.co.uk": the last dotted part must start with a letter. */
function emailDomain(text: string, i: number, e: number): number {
  const isAlnum = (c: number): boolean => isAsciiLetter(c) || isDigit(c);
  if (i >= e || !isAlnum(text.charCodeAt(i))) return -1;
  let j = i + 1;
  let group = false;
  for (;;) {
    let k = j;
    const hyphen = k < e && text.charCodeAt(k) === 0x2d;
    if (hyphen) k++;
    const dot = k < e && text.charCodeAt(k) === 0x2e;
    if (dot) k++;
    if (k >= e || !isAlnum(text.charCodeAt(k))) break;
    // ".com" starts a final group; ".1" or "-.x" after it would need backtracking: give up
    if (dot) group = !hyphen && isAsciiLetter(lower(text.charCodeAt(k)));
    j = k + 1;
  }
  return group ? j : -1;
}
