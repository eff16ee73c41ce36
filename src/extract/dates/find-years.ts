import type { DateMention } from '../../domain/date-mention.ts';
import type { Token } from '../../domain/token.ts';

/** A four-digit year 1800-2099 standing alone ("in 2016", "mid-2004"): not "1990s", "2016%", "$2016", "3,2016", "G2016" or "A-2016". */
const YEAR = /(?<![\w$£€¥.,/])(?<!(?<!mid|early|late|Mid|Early|Late)-)(1[89]\d\d|20\d\d)(?![\w%]|[.,/]\d|\s*(?:percent|per cent)\b)/g;
/** The second year of a span: "2014-2016", "2016-17", "2014 to 2016", "between 2014 and 2016". */
const SPAN = /^(?:\s*[-–]\s*(\d\d(?:\d\d)?)|\s+(to|and)\s+(1[89]\d\d|20\d\d))(?![\w%]|[.,]\d)/;
/** Labels, not years: "flight 1956", "No. 2000", "page 1912". */
const LABEL_BEFORE = /(?:\bNo\.?|\bnumber|#|\bflight|\broute|\broom|\bpages?|\bline|\bcode|\barticle|\bsection|\bchapter|\bmodel)\s*$/i;
/** A possessive before makes a year of "their 2016 votes". */
const DETERMINER_BEFORE = /\b(?:its|their|his|her|our|this|that|these|those)\s+$|['’]s\s+$/i;
/** What a four-digit number may count ("2000 people"); before other words it is a year ("2003 results"). */
const COUNTED = new Set(['people', 'men', 'women', 'children', 'persons', 'troops', 'soldiers', 'police', 'officers', 'workers', 'jobs', 'staff', 'employees', 'students', 'pupils', 'residents', 'civilians', 'protesters', 'deaths', 'cases', 'votes', 'homes', 'houses']);

/** The first token at or after `offset`. */
function tokenFrom(tokens: readonly Token[], offset: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo];
}

/** A count, not a year: "2000 people", "1500 soldiers" (but "2003 results" and "their 2016 votes" are years). */
function isCount(text: string, start: number, end: number, tokens: readonly Token[]): boolean {
  const next = tokenFrom(tokens, end);
  if (!next || next.start - end > 2 || /\n/.test(text.slice(end, next.start))) return false;
  return COUNTED.has(next.lower) && !DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * Bare years and spans of years, which chrono does not read: "in 2016" `2016`,
 * "since 2014" `2014`, "2016's" `2016`, "2014-2016" and "between 2014 and 2016" `2014/2016`,
 * "the 2016-17 season" `2016/2017`. Explicit, so found with or without a publication date.
 */
export function findYears(text: string, tokens: readonly Token[], from = 0, to = text.length): DateMention[] {
  const out: DateMention[] = [];
  const re = new RegExp(YEAR.source, YEAR.flags);
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    if (LABEL_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    const first = Number(m[1]);
    let value = String(first);
    const span = SPAN.exec(text.slice(end, end + 16));
    if (span) {
      const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, start - 10), start));
      const raw = span[1] ?? span[3] ?? '';
      const second = raw.length === 2 ? Math.floor(first / 100) * 100 + Number(raw) : Number(raw);
      if (second > first && (span[2] !== 'and' || between)) {
        value = `${first}/${second}`;
        end += span[0].length;
        re.lastIndex = end;
      }
    }
    // "at 2010 GMT" is a time
    if (end > to || isCount(text, start, end, tokens) || /^\s*(?:GMT|BST|UTC|hrs|local time)\b/.test(text.slice(end, end + 12))) continue;
    out.push({ start, end, text: text.slice(start, end), value });
  }
  return out;
}
