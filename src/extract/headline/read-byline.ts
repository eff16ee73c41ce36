const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}`;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}\s\p{Lu}\p{Ll}+\s\d{4}|\p{Lu}\p{Ll}+\.?\s\d{1,2},\s\d{4}`;
/**
 * "By Jane Roe | Example Post", "By Jane Roe and John Doe for The Example Times", "By Jane
 * Roe - Example Post", "By Jane Roe | Example Post | 2031-03-06" (or "| 6 March 2031").
 */
const BYLINE = new RegExp(
  String.raw`^By\s${NAME}(?:(?:,|\sand)\s${NAME})*\s?(?:\s?\||\sfor|\s[-–—])\s(?<outlet>(?:The\s)?${NAME})\.?(?:\s?\|\s(?<date>${DATE}))?$`,
  'u',
);
/** What follows a byline's name but is not an outlet: a job, a date, a place of work. */
const NOT_OUTLET =
  /\b(?:Correspondent|Editor|Writer|Reporter|Staff|Contributor|Columnist|Analyst|Producer|Director|Chief|Senior|Special|Associate|Deputy|Managing|Bureau|Desk|Team|Updated|Published|Posted|Professor|Fellow|Author|Host|Anchor|Opinion)s?\b|\d/u;

/**
 * The outlet a byline names after the writer, and the date after it: "By Jane Roe |
 * Example Post" gives "Example Post", "By Jane Roe for The Example Times" gives "The
 * Example Times", "By Jane Roe | Example Post | 6 March 2031" also 2031-03-06. "By Jane
 * Roe, Senior Correspondent" names a job, and "By Jane Roe, John Doe" two writers: neither
 * gives an outlet.
 */
export function readByline(line: string): { readonly publisher: string; readonly published?: string } | undefined {
  if (line.length > 150) return undefined;
  const groups = BYLINE.exec(line)?.groups;
  const outlet = groups?.outlet;
  if (!outlet || NOT_OUTLET.test(outlet)) return undefined;
  const published = groups.date ? isoDate(groups.date) : undefined;
  return { publisher: outlet, ...(published ? { published } : {}) };
}

/** "2031-03-06", "6 March 2031" or "March 6, 2031" as 2031-03-06; a day that does not exist, none. */
function isoDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dmy = /^(\d{1,2})\s(\p{L}+)\s(\d{4})$/u.exec(text);
  const mdy = /^(\p{L}+)\.?\s(\d{1,2}),\s(\d{4})$/u.exec(text);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]), month(dmy[2] ?? ''), Number(dmy[1])]
      : mdy
        ? [Number(mdy[3]), month(mdy[1] ?? ''), Number(mdy[2])]
        : [0, 0, 0];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!m || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** "March", "Mar" → 3; 0 for anything else. */
function month(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(lower) && (lower.length === 3 || m === lower)) + 1;
}
