/**
 * A capture date as ISO 8601: WARC dates are already ISO ("2017-03-06T04:02:06Z", 1.1 may add
 * fractions); ARC and WARC 0.9 dates are 14 digits ("20140216050221"), some crawlers wrote
 * more ("201404010000000000": the extra digits are dropped) or fewer (12: no seconds).
 */
export function archiveDate(s: string | undefined): string | undefined {
  const v = (s ?? '').trim();
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(v))
    return Number.isNaN(Date.parse(v)) ? undefined : v;
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?\d*$/.exec(v);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}
