import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateMention } from '../../domain/date-mention.ts';
import { datePrecision, type DatePrecision } from './date-precision.ts';
import { formatIsoDate } from './format-iso-date.ts';
import type { ReferenceDate } from './reference-date.ts';

/** Durations, not dates: "for three years", "within 2 weeks", "in the past two years", "the last five months". */
const DURATION = /^(?:for|within)\b|\bpast\b|\b(?:last|next|coming|previous)\s+(?:\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days|weeks|months|years)\b/i;
/** Leading words chrono takes in that are no part of the date: "on Friday", "in 3 days". */
const LEAD = /^(?:(?:on|in|at|since|from|during|until|till|by)\s+)+/i;
const TRAIL = /[\s,.;:]+$/;
/** A sentence about what is to come: "on Friday the court will rule". */
const FUTURE = /\b(?:will|shall|won't|going to|due to|is due|are due|expected to|scheduled|set to|plans? to|planned|upcoming|intends? to)\b|'ll\b/i;
/** Words that make a bare month a date: "in March", "since May", "early April"; not "June Smith said". */
const MONTH_CUE = /(?:^|\b)(?:in|since|until|till|by|of|from|early|late|mid|last|next|this|through|during|before|after|between|and|to|or|each|every|that|on)\s+$/i;
const WEEKDAY_NAME = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend/i;
/** A part of a day alone is no date: "the suspense-filled night", "one morning". */
const DAY_PART = /^(?:the\s+)?(?:night|morning|evening|afternoon|noon|midnight|midday)$/i;
/** Names with a weekday: "Saturday Night Takeaway", "the Sunday Times", "Mail on Sunday". */
const NAME_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Sport|People|Independent|Tribune|Observer|Courier|Club|Bloody|Night)\b/;
const NAME_BEFORE = /\b(?:Mail|Post|Herald|Times|Telegraph|Express|Independent|Observer) on $/;

interface Context {
  /** The text chrono read; `offset` added to an index in it gives the document index. */
  readonly window: string;
  /** The whole sentence around it. */
  readonly sentence: string;
  readonly offset: number;
  readonly ref: ReferenceDate | null;
}

const ymd = (c: ParsedComponents): [number, number, number] => [c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1];

/**
 * Moves a date whose year the text does not give into the past when chrono put it in the
 * future and the sentence does not speak of the future: a Tuesday paper's "on Friday" is the
 * Friday before; "in September" in May is last September.
 */
function towardsPast(c: ParsedComponents, precision: DatePrecision, ctx: Context, text: string): [number, number, number] {
  const [y, m, d] = ymd(c);
  const ref = ctx.ref;
  if (!ref || c.isCertain('year') || /\b(?:next|this|coming|last|past)\b/i.test(text) || FUTURE.test(ctx.sentence)) return [y, m, d];
  const key = (yy: number, mm: number, dd: number): number => yy * 10000 + mm * 100 + (precision === 'month' ? 0 : dd);
  if (key(y, m, d) <= key(ref.year, ref.month, ref.day)) return [y, m, d];
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    const back = new Date(Date.UTC(y, m - 1, d - 7, 12));
    return [back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate()];
  }
  return [y - 1, m, d];
}

/**
 * One end of a result as ISO text, or null when it is no date or cannot be pinned without a
 * reference. `shift` false keeps chrono's year: the end of "from Monday to Wednesday" follows
 * its start.
 */
function endValue(c: ParsedComponents, result: ParsedResult, ctx: Context, shift = true): string | null {
  const tags = c.tags();
  const precision = datePrecision(c, result.text, tags);
  if (!precision) return null;
  // "1/2 of them" is a fraction
  if (tags.has('parser/SlashDateFormatParser') && !c.isCertain('year')) return null;
  const [y, m, d] = shift ? towardsPast(c, precision, ctx, result.text) : ymd(c);
  // no publication date: only what the text dates by itself ("March 2017", "December 26, 2016")
  if (!ctx.ref && !result.text.includes(String(y))) return null;
  return formatIsoDate(y, m, d, precision);
}

/**
 * A chrono result as a DateMention with exact offsets into the document, its value ISO at
 * the precision the text gives ("in March" `2017-03`, "May 26" `2017-05-26`, "last year"
 * `2016`, "March to May" `2017-03/2017-05`), or null for what is not a date of the story.
 */
export function toDateMention(result: ParsedResult, ctx: Context): DateMention | null {
  if (DURATION.test(result.text)) return null;
  const c = result.start;
  const before = ctx.window.slice(Math.max(0, result.index - 24), result.index);
  // "They march on", "sat in": month and weekday names in other senses
  if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year')) {
    if (!/^[A-Z]/.test(result.text.replace(LEAD, '')) && !/^(?:early|late|mid)/i.test(result.text)) return null;
    if (!MONTH_CUE.test(before) && !LEAD.test(result.text) && !/^(?:early|late|mid)/i.test(result.text)) return null;
  }
  if (c.isCertain('weekday') && !c.isCertain('day') && !WEEKDAY_NAME.test(result.text)) return null;
  if (DAY_PART.test(result.text)) return null;
  const after = ctx.window.slice(result.index + result.text.length, result.index + result.text.length + 16);
  const lead = LEAD.exec(result.text)?.[0].length ?? 0;
  const named = NAME_AFTER.test(after) || NAME_BEFORE.test(ctx.window.slice(Math.max(0, result.index + lead - 24), result.index + lead));
  if (/^[A-Z]\w+day Night$/.test(result.text) || (WEEKDAY_NAME.test(result.text) && named)) return null;
  const start = endValue(c, result, ctx);
  if (!start) return null;
  const unshifted = endValue(c, result, ctx, false);
  const end = result.end ? endValue(result.end, result, ctx, start !== unshifted) : null;
  const value = end && end !== start ? `${start}/${end}` : start;
  const trail = TRAIL.exec(result.text)?.[0].length ?? 0;
  const from = ctx.offset + result.index + lead;
  const to = ctx.offset + result.index + result.text.length - trail;
  if (to <= from) return null;
  return { start: from, end: to, text: result.text.slice(lead, result.text.length - trail), value };
}
