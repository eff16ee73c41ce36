const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * A page's date as `YYYY-MM-DD`, or undefined. The calendar date is the one written (in
 * "2020-03-01T23:30:00-05:00" that is 1 March, where the publisher was), not converted
 * to UTC. Reads ISO 8601 and its slash and dot variants, RFC 2822, "March 1, 2020",
 * "1 March 2020", "01/03/2020" is refused (day and month cannot be told apart).
 */
export function normaliseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return ymd(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return ymd(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0));
  // "Sun, 01 Mar 2020 10:00:00 GMT", "1 March 2020", "01. März 2020" is not English and not read.
  m = /(?:^|[\s,])(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) return ymd(+(m[3] ?? 0), month(m[2]), +(m[1] ?? 0));
  // "March 1, 2020", "Mar. 1st 2020"
  m = /(?:^|[\s,])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) return ymd(+(m[3] ?? 0), month(m[1]), +(m[2] ?? 0));
  return undefined;
}

function month(name: string | undefined): number {
  return MONTHS[(name ?? '').slice(0, name?.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;
}

function ymd(y: number, mo: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return undefined;
  return `${String(y)}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
