import { numberWords as W } from './number-words.ts';

/** Digits read at a position: their end, value, and what they carried. */
export interface Digits {
  readonly end: number;
  readonly value: number;
  readonly scaled: boolean;
  readonly fraction: boolean;
  readonly decimal: boolean;
}

const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?![\d])(?!,\d)/;
const SPACE_GROUPS = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])/;
const PLAIN = /^\d+/;
const DECIMAL = /^\.\d+/;
const SLASH = /^\/(\d+)(?![\d/])/;
const MIXED = /^[ \t]+(\d+)\/(\d+)(?![\d/])/;
const GLUED = /^[A-Za-z]+/;
const SPACED_SUFFIX = /^[ \t]+(k|K|M|MM|G)(?![A-Za-z\d])/;

/** `re` (anchored with ^) matched at `pos`; the text is sliced, so no pattern keeps a lastIndex. */
const at = (re: RegExp, text: string, pos: number): RegExpExecArray | null => re.exec(text.slice(pos, pos + 40));

/**
 * Digits at `pos`: "15,000", "1 234 567", ".08", "4.800", "3/4", "2  1/4", "10k", "$3bn"'s "3bn".
 * Digits glued to other letters are no number: "9th", "29km", "180ml", "1m" (unless money).
 */
export function readDigits(text: string, pos: number, money: boolean): Digits | null {
  let m = text[pos] === '.' ? null : (at(COMMA_GROUPS, text, pos) ?? at(SPACE_GROUPS, text, pos) ?? at(PLAIN, text, pos));
  let end = pos;
  let value = 0;
  let decimal = false;
  if (m) {
    end = pos + m[0].length;
    value = Number(m[0].replace(/[^\d]/g, ''));
  } else if (text[pos] !== '.') return null;
  // "4.800", ".08"; but "192.168.1.2" is four numbers
  m = at(DECIMAL, text, end);
  const dotted = (m && /^\.\d/.test(text.slice(end + m[0].length, end + m[0].length + 2))) || /\d\.$/.test(text.slice(Math.max(0, pos - 2), pos));
  if (m && !dotted) {
    value += Number('0' + m[0]);
    end += m[0].length;
    decimal = true;
  } else if (end === pos) return null;
  let fraction = false;
  // "3/4", "-4/5"; not "5/17/2018"
  if (!decimal && text[pos - 1] !== '/' && (m = at(SLASH, text, end)) && Number(m[1]) > 0) {
    value /= Number(m[1]);
    end += m[0].length;
    fraction = true;
  } else if (!decimal && (m = at(MIXED, text, end)) && Number(m[2]) > Number(m[1])) {
    // "2  1/4"
    value += Number(m[1]) / Number(m[2]);
    end += m[0].length;
    fraction = true;
  }
  const vulgar = W.vulgar.get(text[end] ?? '');
  if (vulgar !== undefined && !fraction) return { end: end + 1, value: value + vulgar, scaled: false, fraction: true, decimal };
  let scaled = false;
  const glued = at(GLUED, text, end);
  if (glued) {
    const factor = W.suffixes.get(glued[0]) ?? W.suffixes.get(glued[0].toLowerCase());
    // "10k", "1.2b", "$3bn", "2mil"; "1m isn't a number" unless money is meant ("£5m")
    if (factor !== undefined && (money || !W.moneyOnlySuffixes.has(glued[0]))) {
      value *= factor;
      end += glued[0].length;
      scaled = true;
    } else if (!W.gluedUnits.has(glued[0].toLowerCase())) return null;
  } else if ((m = at(SPACED_SUFFIX, text, end))) {
    // "2.33 k", "1,674.5 G", "- 10  k"
    value *= W.suffixes.get(m[1] ?? '') ?? 1;
    end += m[0].length;
    scaled = true;
  }
  return { end, value, scaled, fraction, decimal };
}
