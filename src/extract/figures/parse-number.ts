import type { Span } from '../../domain/span.ts';
import { numberWords as W } from './number-words.ts';
import { readDigits } from './read-digits.ts';

/** One number as written: "26", "15,000", "2.5 million", "twenty-six", "a dozen", "two thirds". */
export interface Numeral extends Span {
  readonly value: number;
  readonly kind: 'integer' | 'decimal' | 'fraction';
  /** Written wholly or partly in words: "twenty-six", "2.5 million". */
  readonly words: boolean;
  /** Carries a scale or a dozen: "2.5 million", "3bn", "a dozen". */
  readonly scaled: boolean;
}

type Last = 'start' | 'digits' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'dozen' | 'fraction' | 'point';

interface State {
  total: number;
  current: number;
  /** The last small group, which a dozen or a denominator applies to ("three hundred and two dozens"). */
  group: number;
  scale: number;
  last: Last;
  end: number;
  words: boolean;
  scaled: boolean;
  fraction: boolean;
  decimal: boolean;
}

const GAP = /^[ \t\u00a0\u202f\u2009]*(-[ \t\u00a0\u202f\u2009]*)?/;
const WORD = /^[A-Za-z]+/;

/** `re` (anchored with ^) matched at `pos`, with the match's index in `text`; no pattern keeps a lastIndex. */
function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  const m = re.exec(text.slice(pos, pos + 40));
  if (m) m.index += pos;
  return m;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);
/** A last element a scale, dozen or denominator can apply to. */
const isValue = (last: Last): boolean => last === 'unit' || last === 'teen' || last === 'ten' || last === 'digits';

/** The value of a word after "point": "zero three" gives "03", "seventy-one" gives "71". */
function readDecimalWords(text: string, pos: number, st: State): string {
  let digits = '';
  let at = pos;
  for (;;) {
    const gap = execAt(GAP, text, at);
    const w = execAt(WORD, text, at + (gap ? gap[0].length : 0));
    if (!w || (digits === '' && gap?.[1] !== undefined)) break;
    const word = w[0].toLowerCase();
    const ten = W.tens.get(word);
    const unit = W.units.get(word);
    if (ten === undefined && unit === undefined) break;
    digits += String(ten ?? unit);
    if (ten !== undefined && digits.endsWith('0')) {
      // "seventy-one": the unit replaces the ten's zero
      const g2 = execAt(GAP, text, w.index + w[0].length);
      const w2 = execAt(WORD, text, w.index + w[0].length + (g2 ? g2[0].length : 0));
      const u2 = w2 ? W.units.get(w2[0].toLowerCase()) : undefined;
      if (w2 && u2 !== undefined && u2 >= 1 && u2 <= 9) {
        digits = digits.slice(0, -1) + String(u2);
        st.end = w2.index + w2[0].length;
        at = st.end;
        continue;
      }
    }
    st.end = w.index + w[0].length;
    at = st.end;
  }
  return digits;
}

/** What follows a singular denominator for it to be a fraction: "a third of", "a fifth.", not "a third term". */
function fractionMayEnd(text: string, pos: number): boolean {
  const rest = text.slice(pos, pos + 12);
  return /^(?:\s*$|\s*[^\sA-Za-z]|\s+(?:of|and|or|million|billion|trillion|thousand|hundred)\b)/i.test(rest);
}

/** A fraction word after a numerator: "two thirds", "a half", "one-eighth". */
function applyDenominator(st: State, den: number, singular: boolean, wordEnd: number, text: string): boolean {
  // "two thirds", "a fifth"; a bare "millionth" is an ordinal, "100 millionths" a count of them
  const numerator = st.group;
  if (!isValue(st.last) || st.last === 'digits' || numerator === 0) return false;
  if (singular !== (numerator === 1)) return false;
  if (singular && den !== 2 && !fractionMayEnd(text, wordEnd)) return false;
  st.current = st.current - numerator + numerator / den;
  st.group = numerator / den;
  st.last = 'fraction';
  st.fraction = true;
  st.end = wordEnd;
  return true;
}

/** Applies one word; false when it does not continue the number. */
function applyWord(text: string, st: State, word: string, wordEnd: number, hyphen: boolean): boolean {
  const unit = W.units.get(word);
  const ten = W.tens.get(word);
  const scale = W.scales.get(word);
  const den = W.denominators.get(word);
  const afterBig = st.last === 'hundred' || st.last === 'scale';
  if (unit !== undefined) {
    // "twenty-one", "fifty two", "one hundred and six"
    const afterTen = st.last === 'ten' && unit >= 1 && unit <= 9;
    if (!(st.last === 'start' || afterTen || (afterBig && !hyphen))) return false;
    st.current += unit;
    st.group = afterTen ? st.group + unit : unit;
    st.last = unit < 10 || afterTen ? 'unit' : 'teen';
  } else if (ten !== undefined) {
    if (!(st.last === 'start' || (afterBig && !hyphen))) return false;
    st.current += ten;
    st.group = ten;
    st.last = 'ten';
  } else if (scale === 100) {
    // "322 hundred", "one hundred", "a hundred"
    if (!isValue(st.last) || st.current >= 1000) return false;
    st.current *= 100;
    st.group = st.current;
    st.last = 'hundred';
  } else if (scale !== undefined) {
    // "two hundred and two thousand", "three lakh crore", "half million"
    if (st.last === 'scale' && scale > st.scale && st.current === 0) st.total *= scale;
    else if (isValue(st.last) || st.last === 'hundred' || st.last === 'fraction') {
      st.total += st.current * scale;
      st.current = 0;
    } else return false;
    st.scale = scale;
    st.last = 'scale';
    st.scaled = true;
  } else if (W.dozens.has(word)) {
    // "a dozen", "3 dozens", "half a dozen", "three hundred and two dozens"
    if (!isValue(st.last) && st.last !== 'fraction') return false;
    st.current = st.current - st.group + st.group * 12;
    st.group *= 12;
    st.last = 'dozen';
    st.scaled = true;
  } else if (den !== undefined) {
    if (!applyDenominator(st, den, !word.endsWith('s'), wordEnd, text)) return false;
  } else return false;
  st.end = wordEnd;
  st.words = true;
  return true;
}

function nextWord(text: string, pos: number): { word: string; start: number; end: number; hyphen: boolean } | null {
  const gap = execAt(GAP, text, pos);
  const start = pos + (gap ? gap[0].length : 0);
  const w = execAt(WORD, text, start);
  if (!w || (start === pos && isLetter(text[pos - 1]))) return null;
  return { word: w[0].toLowerCase(), start, end: start + w[0].length, hyphen: gap?.[1] !== undefined };
}

/** "and a half", "and three fifths": a fraction after "and"; its value, or null. */
function andFraction(text: string, pos: number): { value: number; end: number } | null {
  const first = nextWord(text, pos);
  if (!first) return null;
  const numerator = first.word === 'a' || first.word === 'an' ? 1 : W.units.get(first.word);
  if (numerator === undefined || numerator === 0) return null;
  const second = nextWord(text, first.end);
  const den = second ? W.denominators.get(second.word) : undefined;
  if (!second || den === undefined || second.word.endsWith('s') !== numerator > 1) return null;
  return { value: numerator / den, end: second.end };
}

/**
 * A number begun with "a", "half" or "quarter": "a dozen", "a hundred", "a half", "half a
 * dozen", "half million", "quarter million", "half" alone. Sets the state and gives where
 * to read on from, -1 when the number ends here, or null when there is none.
 */
function readArticle(text: string, first: { word: string; end: number }, st: State): number | null {
  const value = first.word === 'half' ? 0.5 : first.word === 'quarter' ? 0.25 : 1;
  let next = nextWord(text, first.end);
  if (value !== 1 && next && (next.word === 'a' || next.word === 'an')) next = nextWord(text, next.end);
  const known = !!next && !next.hyphen && (W.scales.has(next.word) || W.dozens.has(next.word) || (value === 1 && W.denominators.has(next.word)));
  Object.assign(st, { current: value, group: value, last: value === 1 ? 'unit' : 'fraction', end: first.end, words: true, fraction: value !== 1 });
  if (!next || !known) return value === 0.5 && !next?.hyphen ? -1 : null;
  return value !== 1 ? next.start : first.end;
}

/**
 * Reads the number that starts exactly at `from` ("twenty-six people", "2.5 million",
 * "a dozen", "half a million", "one and a half"), or null when none starts there.
 * `money` allows the suffixes that otherwise mean something else ("£5m", "$2b").
 */
export function parseNumber(text: string, from: number, money = false): Numeral | null {
  const st: State = { total: 0, current: 0, group: 0, scale: 0, last: 'start', end: from, words: false, scaled: false, fraction: false, decimal: false };
  let pos = from;
  let article = -1;
  const digits = /[\d.]/.test(text[pos] ?? '') ? readDigits(text, pos, money) : null;
  if (digits) {
    Object.assign(st, { current: digits.value, group: digits.value, last: 'digits', end: digits.end, scaled: digits.scaled, fraction: digits.fraction, decimal: digits.decimal });
    if (digits.scaled || digits.fraction || isLetter(text[digits.end])) return finish(st, from);
    pos = st.end;
  } else {
    const vulgar = W.vulgar.get(text[pos] ?? '');
    if (vulgar !== undefined) return finish({ ...st, current: vulgar, end: pos + 1, fraction: true }, from);
    const first = nextWord(text, pos);
    if (!first || first.start !== pos) return null;
    if (first.word === 'a' || first.word === 'an' || first.word === 'half' || first.word === 'quarter') {
      const resume = readArticle(text, first, st);
      if (resume === null) return null;
      if (resume < 0) return finish(st, from);
      pos = resume;
      // "a" alone is no number: "a third term"
      if (st.last === 'unit') article = first.end;
    } else if (applyWord(text, st, first.word, first.end, false)) pos = st.end;
    else return null;
  }
  for (;;) {
    const next = nextWord(text, pos);
    const gap = execAt(GAP, text, pos);
    const digitStart = pos + (gap ? gap[0].length : 0);
    if (!next) {
      // "4 thousand 3 hundred", "two hundred 5"
      if ((st.last === 'hundred' || st.last === 'scale') && !gap?.[1] && digitStart > pos && /\d/.test(text[digitStart] ?? '')) {
        const d = readDigits(text, digitStart, money);
        if (!d || d.scaled || d.value >= (st.last === 'hundred' ? 100 : st.scale)) break;
        st.current += d.value;
        st.group = d.value;
        st.last = 'digits';
        st.end = d.end;
        pos = d.end;
        continue;
      }
      break;
    }
    if (next.word === 'and' && !next.hyphen) {
      const frac = andFraction(text, next.end);
      if (frac && (isValue(st.last) || st.last === 'hundred' || st.last === 'scale')) {
        // "one and a half", "five and a half million", "3 million and a half", "one billion and a half million"
        const after = nextWord(text, frac.end);
        const scaleAfter = after ? (W.scales.get(after.word) ?? 0) : 0;
        if (st.last !== 'scale') st.current += frac.value;
        else if (scaleAfter >= 1000) st.current = frac.value;
        else st.total += frac.value * st.scale;
        st.group = st.current;
        st.last = 'fraction';
        st.fraction = true;
        st.end = frac.end;
        pos = frac.end;
        continue;
      }
      const after = nextWord(text, next.end);
      const afterIsNumber = after && (W.units.has(after.word) || W.tens.has(after.word));
      const afterDigits = !after && /^[ \t]+\d/.test(text.slice(next.end, next.end + 3));
      if (!(st.last === 'hundred' || st.last === 'scale') || !(afterIsNumber || afterDigits)) break;
      pos = next.end;
      continue;
    }
    if (next.word === 'point' && !next.hyphen && (isValue(st.last) || st.last === 'hundred') && st.last !== 'digits') {
      const end = st.end;
      const decimals = readDecimalWords(text, next.end, st);
      if (decimals === '') {
        st.end = end;
        break;
      }
      st.current += Number('0.' + decimals);
      st.decimal = true;
      st.last = 'point';
      break;
    }
    if (st.last === 'digits' && next.hyphen) break;
    if (!applyWord(text, st, next.word, next.end, next.hyphen)) break;
    pos = st.end;
  }
  return st.end === article ? null : finish(st, from);
}

function finish(st: State, from: number): Numeral | null {
  if (st.last === 'start' && st.current === 0) return null;
  // 16.4 * 1e6 is 16399999.999999998 in floating point
  const raw = st.total + st.current;
  const value = Number.isInteger(raw) ? raw : Number(raw.toPrecision(15));
  const kind = st.fraction ? 'fraction' : st.decimal || !Number.isInteger(value) ? 'decimal' : 'integer';
  return { start: from, end: st.end, value, kind, words: st.words, scaled: st.scaled };
}
