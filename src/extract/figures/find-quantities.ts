import { currency } from './currency.ts';
import { numberWords as W } from './number-words.ts';
import { parseNumber, type Numeral } from './parse-number.ts';
import type { Quantity } from './quantity.ts';
import { readBound } from './read-bound.ts';

/** Where a number may start: a digit not glued to a word ("G20" is a name), or a number word. */
const SEED = new RegExp(
  '(?<![A-Za-z\\d])\\d|(?<=(?<![A-Za-z])(?:USD|EUR|GBP|usd|eur|gbp))\\d|(?<![A-Za-z\\d.])\\.\\d|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|(?<![A-Za-z])(?:' +
    [...W.units.keys(), ...W.tens.keys(), ...W.scales.keys(), ...W.dozens, ...W.denominators.keys()]
      .filter((w) => !w.endsWith('s') || W.dozens.has(w))
      .sort((a, b) => b.length - a.length)
      .join('|') +
    ')(?![A-Za-z])',
  'gi',
);
/** Words a number takes "a" before: "a dozen", "a hundred", "a third of", "half a million". */
const A_BEFORE = /(?<![A-Za-z])(?:half )?an? $/i;
/** "the one you mentioned", "which one", "one another": "one" is a pronoun, not a count. */
const PRONOUN_ONE_BEFORE = /(?<![A-Za-z])(?:the|this|that|which|each|every|any|no|another|other|some|last|only|little|big) $/i;
/** A sign or word that makes it negative: "-1", "minus five percent"; not the hyphen of "2-0" or "SCP-173". */
const NEGATIVE_BEFORE = /(?:(?<![A-Za-z])(?:minus|negative) |(?<![\w.,%$£€-])[-−])$/i;
/** "45%", "45 %", "45 percent", "12 per cent", "0.27 percentage points", "45pc". */
const PERCENT_AFTER = /^(?:[ \t]?%|[ \t]?(?:per[ \t]?cent|percentage points?|percentage|percents?|pct)(?![A-Za-z])|pc(?![A-Za-z]))/i;
/** "percent of 10", "per cent of twenty-two". */
const PERCENT_BEFORE = /(?<![A-Za-z])(?:percents?|per cent|percentage) of $/i;
/** Between the ends of a range: "20-30", "1000 – 5000", "20~100", "20 to 30", "20 through 100", "between 20 and 30". */
const RANGE_SEP = /^(?:[ \t]*([-–—~])[ \t]*|[ \t]+(to|through|thru|and)[ \t]+)/;
/** Changes, not ranges: "rose from 20 to 30". */
const CHANGE_BEFORE = /(?<![A-Za-z])(?:ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|gr[eo]w(?:n|s|ing)?|dropp?(?:ed|s|ing)?|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|cut|rais(?:e|ed|es|ing)|reduc(?:e|ed|es|ing)|went|moved?|soar(?:ed|s|ing)?|plung(?:e|ed|es|ing)|doubled|slashed|up|down) from $/i;
/** The scale word ending a number: "30 million", "30m". */
const TRAILING_SCALE = /([A-Za-z]+)$/;
/** Between dollars and cents: "3 dollars 50 cents", "15 dollars and 50.". */
const CENTS_GAP = /^[ \t]+(?:and[ \t]+)?(?=[\dA-Za-z])/;
/** "50 cents", "forty-five cents", "20 pence", "20p". */
const MINOR_AFTER = /^[ \t]*(?:cents?|pence|p)(?![A-Za-z])/i;

interface Unit {
  readonly kind: Quantity['kind'];
  readonly unit?: string;
  /** Start of a sign or "percent of" before the number. */
  readonly start: number;
  /** End of the number with its unit. */
  readonly end: number;
}

/** The unit around a numeral: "45%", "45 per cent", "$3bn", "5 dollars", "percent of 10". */
function unitAround(text: string, n: Numeral, before: ReturnType<typeof currency.before>): Unit {
  const tail = text.slice(n.end, n.end + 24);
  const pct = PERCENT_AFTER.exec(tail);
  if (pct) return { kind: 'percent', unit: /point/i.test(pct[0]) ? 'percentage point' : 'percent', start: n.start, end: n.end + pct[0].length };
  if (before) return { kind: 'currency', unit: before.unit, start: before.at, end: n.end };
  const after = currency.after(text, n.end);
  if (after) return { kind: 'currency', unit: after.unit, start: n.start, end: after.at };
  const pctBefore = PERCENT_BEFORE.exec(text.slice(Math.max(0, n.start - 24), n.start));
  if (pctBefore) return { kind: 'percent', unit: 'percent', start: n.start - pctBefore[0].length, end: n.end };
  return { kind: 'number', start: n.start, end: n.end };
}

/** Cents after dollars: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.". */
function centsAfter(text: string, end: number): { end: number; value: number } | null {
  const gap = CENTS_GAP.exec(text.slice(end, end + 6));
  const c = gap ? parseNumber(text, end + gap[0].length) : null;
  if (!c || c.value >= 100 || !Number.isInteger(c.value)) return null;
  const minor = MINOR_AFTER.exec(text.slice(c.end, c.end + 8));
  if (minor) return { end: c.end + minor[0].length, value: c.value / 100 };
  return /^\s*(?:[.,;!?]|$)/.test(text.slice(c.end, c.end + 3)) ? { end: c.end, value: c.value / 100 } : null;
}

/** Reads a numeral at `pos`, with "a" before it and a currency sign or code before that. */
function numeralAt(text: string, pos: number, floor = 0, money = false): { n: Numeral; u: Unit } | null {
  let start = pos;
  const c = text.charCodeAt(pos);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
    // "a dozen", "a hundred", "a third of"
    const a = A_BEFORE.exec(text.slice(Math.max(floor, pos - 7), pos));
    if (a && !W.units.has(wordAt(text, pos)) && !W.tens.has(wordAt(text, pos))) start = pos - a[0].length;
  }
  const before = currency.before(text, start, floor);
  const n = parseNumber(text, start, money || before !== null) ?? (start !== pos ? parseNumber(text, pos, money || before !== null) : null);
  if (!n) return null;
  const u = unitAround(text, n, before);
  if (u.kind === 'currency' && u.unit !== 'cent' && u.unit !== 'penny' && !n.scaled && Number.isInteger(n.value)) {
    // "3 dollars 50 cents": one amount
    const cents = centsAfter(text, u.end);
    if (cents) return { n: { ...n, value: n.value + cents.value, end: cents.end, kind: 'decimal' }, u: { ...u, end: cents.end } };
  }
  return { n, u };
}

/** The end of the URL `pos` lies in ("http://x.org/?q=30%25"), or -1: numbers there are no amounts. */
function inUrl(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && !/\s/.test(text[s - 1] ?? ' ')) s--;
  if (pos - s < 4) return -1;
  let e = pos;
  while (e < text.length && !/\s/.test(text[e] ?? ' ')) e++;
  return /^\W*(?:https?:|www\.)|%[0-9A-F]{2}|[?&]\w+=/i.test(text.slice(s, e)) ? e : -1;
}

function wordAt(text: string, pos: number): string {
  return (/^[A-Za-z]+/.exec(text.slice(pos, pos + 12))?.[0] ?? '').toLowerCase();
}

/** The factor a range's second number carries, to apply to the first: "20 to 30 million". */
function scaleOf(text: string, n: Numeral): number {
  if (!n.scaled) return 1;
  const word = TRAILING_SCALE.exec(text.slice(n.start, n.end))?.[1] ?? '';
  return W.scales.get(word.toLowerCase()) ?? W.suffixes.get(word) ?? W.suffixes.get(word.toLowerCase()) ?? 1;
}

/** A range after the first number: "20 to 30", "20-30%", "$20-30m", "between 20 and 30". */
function rangeAfter(text: string, first: { n: Numeral; u: Unit }, qStart: number): Quantity | null {
  const sep = RANGE_SEP.exec(text.slice(first.u.end, first.u.end + 12));
  if (!sep || first.n.kind === 'fraction') return null;
  const word = sep[2];
  const head = text.slice(Math.max(0, qStart - 40), qStart);
  const between = /(?<![A-Za-z])between $/i.test(head);
  if (word === 'and' && !between) return null;
  const from = word === 'to' && /(?<![A-Za-z])from $/i.test(head);
  if (from && CHANGE_BEFORE.test(head)) return null;
  // "$20-30m": the second end is money too
  const second = numeralAt(text, first.u.end + sep[0].length, first.u.end, first.u.kind === 'currency');
  if (!second || second.n.kind === 'fraction' || (second.n.words && !first.n.words && sep[1])) return null;
  // "+1-222-2222", "5/17/2018": codes and dates, not ranges
  if (/^[-/]\d/.test(text.slice(second.u.end, second.u.end + 2))) return null;
  if (first.u.kind !== 'number' && second.u.kind !== 'number' && first.u.unit !== second.u.unit) return null;
  const factor = scaleOf(text, second.n);
  const low = !first.n.scaled && first.n.value * factor < second.n.value ? first.n.value * factor : first.n.value;
  if (!(low < second.n.value)) return null;
  const u = first.u.kind !== 'number' ? first.u : second.u;
  const start = between ? qStart - 8 : from ? qStart - 5 : qStart;
  return {
    kind: u.kind,
    value: low,
    valueMax: second.n.value,
    ...(u.unit !== undefined ? { unit: u.unit } : {}),
    start,
    end: second.u.end,
    amount: { start: qStart, end: second.u.end },
    numerals: [first.n, second.n],
  };
}

export interface FindOptions {
  readonly from?: number;
  readonly to?: number;
  /**
   * Where numbers may start, ascending (a caller with tokens knows: a token that begins with
   * a digit or is a number word); without them a pattern finds the places.
   */
  readonly seeds?: readonly number[];
  /** Read "more than", "up to", "or more" around numbers (default true). */
  readonly bounds?: boolean;
}

/** Where numbers may start in `text[from, to)`, from the seed pattern. */
function* seedsIn(text: string, from: number, to: number): Generator<number> {
  const seed = new RegExp(SEED.source, SEED.flags);
  seed.lastIndex = from;
  for (let m = seed.exec(text); m && m.index < to; m = seed.exec(text)) yield m.index;
}

/**
 * Every number in `text[from, to)` with its unit, range and bound: "26", "15,000 people",
 * "2.5 million", "45 %", "$3bn", "20 to 30", "more than 40", "twenty-six", "a dozen".
 * Digits glued to letters are left alone ("G20", "9th", "29km"); "one" after a determiner
 * is a pronoun ("the one you mentioned"). Which of these are figures is the caller's call.
 */
export function findQuantities(text: string, options: FindOptions = {}): Quantity[] {
  const from = options.from ?? 0;
  const to = options.to ?? text.length;
  const out: Quantity[] = [];
  let consumed = from;
  for (const at of options.seeds ?? seedsIn(text, from, to)) {
    if (at < consumed) continue;
    if (at >= to) break;
    const m = { index: at };
    const url = inUrl(text, m.index);
    if (url > m.index) {
      consumed = url;
      continue;
    }
    const found = numeralAt(text, m.index, consumed);
    if (!found || found.n.end > to) continue;
    const { n, u } = found;
    const head = text.slice(Math.max(0, u.start - 12), u.start);
    if (n.words && n.value === 1 && /^one$/i.test(text.slice(n.start, n.end)) && (PRONOUN_ONE_BEFORE.test(head) || /^ another\b/i.test(text.slice(n.end, n.end + 9)))) {
      consumed = Math.max(n.end, m.index + 1);
      continue;
    }
    const range = rangeAfter(text, found, u.start);
    let q: Quantity;
    if (range && range.end <= to) q = range;
    else {
      const neg = NEGATIVE_BEFORE.exec(head);
      const start = neg ? u.start - neg[0].length : u.start;
      const sign = neg ? -1 : 1;
      const numeral = neg ? { ...n, start: Math.min(n.start, start), value: -n.value } : n;
      q = { kind: u.kind, value: sign * n.value, ...(u.unit !== undefined ? { unit: u.unit } : {}), start, end: u.end, amount: { start, end: u.end }, numerals: [numeral] };
      const before = options.bounds === false ? null : readBound.before(text, start);
      const after = options.bounds === false ? null : readBound.after(text, u.end, before?.bound ?? null);
      if (after) q = { ...q, bound: after.bound, start: before ? before.at : start, end: after.at };
      else if (before) q = { ...q, bound: before.bound, start: before.at };
    }
    out.push(q);
    consumed = Math.max(q.end, q.amount.end, m.index + 1);
  }
  return out;
}
