const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}`;
/** "By Jane Roe | Example Post", "By Jane Roe and John Doe for The Example Times", "By Jane Roe - Example Post". */
const BYLINE = new RegExp(
  String.raw`^By\s${NAME}(?:(?:,|\sand)\s${NAME})*\s?(?:\s?\||\sfor|\s[-–—])\s(?<outlet>(?:The\s)?${NAME})\.?$`,
  'u',
);
/** What follows a byline's name but is not an outlet: a job, a date, a place of work. */
const NOT_OUTLET =
  /\b(?:Correspondent|Editor|Writer|Reporter|Staff|Contributor|Columnist|Analyst|Producer|Director|Chief|Senior|Special|Associate|Deputy|Managing|Bureau|Desk|Team|Updated|Published|Posted|Professor|Fellow|Author|Host|Anchor|Opinion)s?\b|\d/u;

/**
 * The outlet a byline names after the writer: "By Jane Roe | Example Post" gives "Example
 * Post", "By Jane Roe for The Example Times" gives "The Example Times". "By Jane Roe,
 * Senior Correspondent" names a job, and "By Jane Roe, John Doe" two writers: neither gives
 * an outlet.
 */
export function bylinePublisher(line: string): string | undefined {
  if (line.length > 150) return undefined;
  const outlet = BYLINE.exec(line)?.groups?.outlet;
  return outlet && !NOT_OUTLET.test(outlet) ? outlet : undefined;
}
