import type { Parser } from 'chrono-node/en';

const PERIOD = /(?<![A-Za-z])(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|turn|rest|remainder|first half|second half|early part|latter part)\s+of\s+(the|this|last|next|that)\s+(year|month)(?![A-Za-z])/i;

/**
 * A chrono parser for a part of the current, last or next year or month, which chrono
 * leaves alone: "since the beginning of the year", "by the end of next month",
 * "the start of this year". The part is not kept: the value is the year (or month) itself.
 */
export const periodParser: Parser = {
  pattern: () => PERIOD,
  extract(context, match) {
    const ref = context.reference.instant;
    const which = (match[1] ?? '').toLowerCase();
    const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    if ((match[2] ?? '').toLowerCase() === 'year') return { year: ref.getUTCFullYear() + shift };
    const month = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, 1));
    return { year: month.getUTCFullYear(), month: month.getUTCMonth() + 1 };
  },
};
