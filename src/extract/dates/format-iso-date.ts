import type { DatePrecision } from './date-precision.ts';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The ISO week ("2017-W21") a day falls in: weeks start on Monday; week 1 holds the first Thursday. */
function isoWeek(date: Date): string {
  const thursday = new Date(date.getTime());
  thursday.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1, 12);
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}

/**
 * Writes a day at a precision: `2017-05-26`, `2017-03`, `2017`, `2017-W21`; a weekend is
 * given as its Saturday ("over the weekend" in a Tuesday paper: the Saturday before).
 */
export function formatIsoDate(year: number, month: number, day: number, precision: DatePrecision): string {
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  switch (precision) {
    case 'year':
      return pad(year, 4);
    case 'month':
      return `${pad(year, 4)}-${pad(month)}`;
    case 'week':
      return isoWeek(date);
    case 'weekend': {
      // Sunday belongs to the weekend that began the day before
      const dow = date.getUTCDay();
      if (dow === 0) date.setUTCDate(date.getUTCDate() - 1);
      else if (dow !== 6) date.setUTCDate(date.getUTCDate() + (6 - dow));
      return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    }
    default:
      return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  }
}
