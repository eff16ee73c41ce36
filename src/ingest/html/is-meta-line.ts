const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const DATE = `${WEEKDAY}(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+${MONTH}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})`;
const TIME = '(?:\\s*(?:,|at|@|-|–)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?)?';
const DATE_PREFIX =
  '(?:(?:on|posted|published|updated|last (?:updated|modified)|date|news date|release date|created|modified)(?:\\s+on)?\\s*:?\\s*)?';

/** "Posted on January 13, 2020 at 08:45 AM", "11 Jan 2019", "04/21/2022". */
const DATE_SEGMENT = new RegExp(`^${DATE_PREFIX}${DATE}${TIME}$`, 'i');
/** "categories: Python, Mercurial", "Filed under: News", "Source: Agency". */
const LABELLED =
  /^(categor(y|ies)|tags?|topics?|filed under|posted in|source|news date|release date|date|section)\s*:/i;
/** "View Comments", "3 comments", "No comments", "Leave a comment". */
const COMMENTS =
  /^((view|show|leave|add|post|read|\d+)\s+(a\s+)?comments?|no comments|comments?\s*\(\d+\))$/i;
/** "By Jane Doe", "5 min read". */
const SHORT_META = /^(by\s+.{2,40}|\d+\s*min(ute)?s?( read)?|\d+\s+views?)$/i;

/** Where a run-on meta line ("News date : 04/21/2022 Category : Press Releases") starts a new part. */
const LABEL_START =
  /(?=\b(?:categor(?:y|ies)|tags?|news date|release date|posted|published|updated|filed under)\s*:)/i;

/**
 * Whether a line is the post's metadata rather than its text: a date, a category or
 * tag list, a comment count, a byline, or several of them in a row separated by `|` or
 * `·` ("January 13, 2020 at 08:45 AM | categories: Python | View Comments"); and lines
 * with no letter or digit at all (a lone `|` left between removed items).
 */
export function isMetaLine(line: string): boolean {
  const t = line.trim();
  if (!/[\p{L}\p{N}]/u.test(t)) return true;
  if (t.length > 160) return false;
  const segments = t
    .split(/\s*[|•·]\s*/)
    .flatMap((s) => s.split(LABEL_START))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return segments.every(
    (s) =>
      DATE_SEGMENT.test(s) || (LABELLED.test(s) && s.length <= 80) || COMMENTS.test(s) || SHORT_META.test(s),
  );
}
