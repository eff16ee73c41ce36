import type { Parser } from 'chrono-node/en';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MID_MONTH = new RegExp(`(?<![A-Za-z])(?:mid|early|late)(?:-|\\s+)(${MONTHS.join('|')})(?![A-Za-z])(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?`, 'i');

/**
 * A chrono parser for a month with "mid", "early" or "late" before it, which chrono misses
 * when hyphenated: "in mid-May", "until late March 2016". Without a year the month is taken
 * in the publication year; the stage moves it back a year when that lies in the future.
 */
export const midMonthParser: Parser = {
  pattern: () => MID_MONTH,
  extract(context, match) {
    const month = MONTHS.indexOf((match[1] ?? '').toLowerCase()) + 1;
    if (match[2]) return { year: Number(match[2]), month };
    const components = context.createParsingComponents({ month });
    components.imply('year', context.reference.instant.getUTCFullYear());
    return components;
  },
};
