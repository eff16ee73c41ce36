import type { ParsedComponents } from 'chrono-node';

/** How much of a date the text gives: "May 26" a day, "in March" a month, "last year" a year. */
export type DatePrecision = 'day' | 'weekend' | 'week' | 'month' | 'year';

/**
 * The precision of one end of a chrono result, from its wording and its certain components;
 * null for what is not a date in the ledger's sense (a time alone: "at 5pm"; "now").
 */
export function datePrecision(c: ParsedComponents, text: string, tags: ReadonlySet<string>): DatePrecision | null {
  const lower = text.toLowerCase();
  if (tags.has('casualReference/now')) return null;
  // "over the weekend", "last weekend"
  if (/\bweekend\b/.test(lower)) return 'weekend';
  // "the end of last year", "the beginning of the month": the period itself
  const part = /\b(?:beginning|start|end|middle|turn|rest|remainder|half|part) of\b.*\b(year|month|week)\b/.exec(lower);
  if (part) return part[1] as DatePrecision;
  // "last week", "two weeks ago"
  if (/\bweeks?\b/.test(lower)) return 'week';
  if (tags.has('result/relativeDate')) {
    // "two days ago", "last month", "three years ago"
    if (/\b(?:days?|hours?|minutes?)\b/.test(lower)) return 'day';
    if (/\bmonths?\b/.test(lower)) return 'month';
    if (/\byears?\b/.test(lower)) return 'year';
    return null;
  }
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  // "this morning", "tonight", "Tuesday night"
  for (const tag of tags) if (tag.startsWith('casualReference/')) return 'day';
  return null;
}
