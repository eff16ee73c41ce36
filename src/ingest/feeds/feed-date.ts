const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
});

/** RFC 822's zone names; military letters other than Z are ambiguous in practice and read as UTC. */
const ZONES: Readonly<Record<string, number>> = Object.freeze({
  ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, ist: 330, jst: 540, aest: 600, aedt: 660,
});

// "Wed, 31 Jan 2018 07:26:05 GMT", "31 Jan 18 7:26 +0100", "Wednesday, 31-Jan-2018 07:26:05 EST"
const RFC822 = /^(?:[a-z]+,?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?/i;
// "2017-06-15T10:29:47-07:00", "2017-06-15 10:29", "2017-06-15", "20170615T102947Z"
const ISO = /^(\d{4})-?(\d{2})(?:-?(\d{2})(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?$/i;

/**
 * A feed date as an ISO 8601 instant (`2018-01-31T07:26:05.000Z`), or undefined when it
 * cannot be read. RSS writes RFC 822 dates, Atom and Dublin Core W3C-DTF; feeds in the
 * wild mix both, put localised day names in front, or write two-digit years. A date
 * without a zone is read as UTC, so the result never depends on the machine's zone;
 * whatever else JavaScript's own parser reads is the last resort.
 */
export function feedDate(raw: string | undefined): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, frac, zone] = iso;
    return instant(num(y), num(mo) - 1, d ? num(d) : 1, num(h), num(mi), num(sec), frac ? Number(`0.${frac}`) * 1000 : 0, offset(zone));
  }
  const rfc = RFC822.exec(s);
  const month = rfc ? MONTHS[(rfc[2] ?? '').toLowerCase()] : undefined;
  if (rfc && month !== undefined) {
    const [, d, , y, h, mi, sec, zone] = rfc;
    let year = num(y);
    if ((y ?? '').length === 2) year += year < 50 ? 2000 : 1900;
    return instant(year, month, num(d), num(h), num(mi), num(sec), 0, offset(zone));
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function num(s: string | undefined): number {
  return s ? Number(s) : 0;
}

/** Minutes east of UTC; 0 for none or an unknown name. */
function offset(zone: string | undefined): number {
  if (!zone) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  return ZONES[zone.toLowerCase()] ?? 0;
}

function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offsetMin: number): string | undefined {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  const t = Date.UTC(y, mo, d, h, mi, s, Math.round(ms)) - offsetMin * 60_000;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
