import type { Span } from '../../domain/span.ts';
import type { Sentence, Token } from '../../domain/token.ts';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ALONE = ['yesterday', 'today', 'tonight', 'tomorrow', 'ago', 'weekend'];
const UNITS = ['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'autumn', 'winter'];
const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Tokens, exactly as written, that may make a date: month names ("in March", "Sept. 3",
 * "JUNE, 3, 2019", "mid-May"; not "may" or "march"), weekday names ("on Monday"), words that
 * do alone ("yesterday", "two weeks ago", "over the weekend") and units, which do after
 * "last", "this", "the" ("last year", "earlier this month", "the beginning of the year").
 */
const WORDS = new Map<string, 'date' | 'unit'>([
  ...[...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.toUpperCase()), ...ABBREVIATIONS, ...ABBREVIATIONS.map((a) => a + '.')].map((w) => [w, 'date'] as const),
  ...['mid', 'early', 'late', 'Mid', 'Early', 'Late'].flatMap((p) => MONTH_NAMES.map((m) => [`${p}-${m}`, 'date'] as const)),
  ...[...WEEKDAY_NAMES, ...WEEKDAY_NAMES.map((d) => d.toUpperCase())].map((w) => [w, 'date'] as const),
  ...[...ALONE, ...ALONE.map(capital)].map((w) => [w, 'date'] as const),
  ...UNITS.map((w) => [w, 'unit'] as const),
]);
const UNIT_BEFORE = new Set(['last', 'next', 'this', 'previous', 'coming', 'same', 'that', 'the', 'following']);
/**
 * For each first and last character, the lengths of the words above: one array read skips
 * almost every token before a map lookup (a lookup for each of an article's 450 tokens costs
 * more than chrono does).
 */
const GATE = (() => {
  const gate = new Uint32Array(128 * 128);
  for (const w of WORDS.keys()) gate[(w.charCodeAt(0) & 127) * 128 + (w.charCodeAt(w.length - 1) & 127)]! |= 1 << w.length;
  return gate;
})();
const NUMERIC = /^\d{1,4}[/-]\d{1,2}[/-]\d{2,4}$/;
/** Tokens read on each side of a trigger: enough for "since the very beginning of the year", "December, 26, 2016". */
const REACH = 6;

function isTrigger(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const w = t.text;
  const n = w.length;
  const c = w.charCodeAt(0);
  // "5/17/2018"
  if (c >= 48 && c <= 57) return n >= 6 && NUMERIC.test(w);
  if (n < 3 || n > 31 || c > 127 || ((GATE[c * 128 + (w.charCodeAt(n - 1) & 127)] ?? 0) & (1 << n)) === 0) return false;
  const kind = WORDS.get(w);
  return kind === 'date' || (kind === 'unit' && UNIT_BEFORE.has(tokens[i - 1]?.lower ?? ''));
}

/**
 * The stretches of a sentence chrono should read: a few tokens around each word that may
 * start or end a date (a month or weekday name, "yesterday", "ago", "last year", "the
 * weekend", "5/17/2018"), merged where they touch. chrono costs about 0.1 µs a character
 * for each of its 25 patterns, so it reads these and not whole articles. Bare years are
 * found without it (find-years.ts).
 */
export function dateWindows(tokens: readonly Token[], sentence: Sentence): Span[] {
  const out: { start: number; end: number }[] = [];
  let lastTo = -1;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!isTrigger(tokens, i)) continue;
    const from = Math.max(sentence.tokenStart, i - REACH, lastTo + 1);
    const to = Math.min(sentence.tokenEnd - 1, i + REACH);
    const start = tokens[from]?.start ?? 0;
    const end = tokens[to]?.end ?? 0;
    const prev = out[out.length - 1];
    if (prev && from <= lastTo + 1) prev.end = end;
    else out.push({ start, end });
    lastTo = to;
  }
  return out;
}
