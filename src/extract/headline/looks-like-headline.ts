import type { Line } from '../boilerplate/line.ts';

/** A capital, a digit, a quote or a currency sign, or a brand like "iTunes", "eBay". */
const STARTS_LIKE_HEADLINE = /^(?:[\p{Lu}\p{N}"'“‘«$£€&]|\p{Ll}{1,2}\p{Lu})/u;
/** Closing quotes and brackets after the last word: `... he said."` ends with a full stop. */
const TRAILING_CLOSERS = /["'”’»)\]]+$/u;
/** "... U.S." or "... Jr." ends with an abbreviation, not a full stop. */
const ABBREVIATION_END = /(?:^|\s)(?:\p{L}\.){2,}$|(?:^|\s)(?:Jr|Sr|Inc|Ltd|Co|Corp|St|Dr|Mr|Mrs|Ms|No)\.$/u;
/** "MOSCOW (Reuters) - The Kremlin said ...", "WASHINGTON — ...": a body paragraph's dateline. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]{1,40}(?:\s?\([^)]{1,40}\))?\s?[-–—]{1,2}\s/u;
const BYLINE = /^By\s+\p{Lu}/u;
/** "... the talks need. Boehner ...": a sentence ends inside the line, so it is a paragraph, not a headline. */
const INNER_SENTENCE_END = /\p{Ll}{2}[.!?]["”’]?\s+["“‘]?\p{Lu}/u;

/**
 * Whether the first line of an article (after boilerplate) is its headline: a line that
 * starts like one, does not end with a full stop, comma or colon ("Minister Denies Claims
 * Of Purge", "Ad sales boost Example Corp profit", "Is this the end of the high street?",
 * "Rivals of the £400 tablet..."), is not a dateline or a byline, and is short or stands
 * alone before a blank line (the "title line, blank line, body" layout). Some article text
 * must follow it. "The minister said on Tuesday that ... ." is the body's first sentence, and
 * "The talks stalled. Options narrow to avert a strike" a paragraph.
 */
export function looksLikeHeadline(line: Line, next: Line | undefined): boolean {
  if (!next) return false;
  const t = line.text;
  if (
    t.length > 300 ||
    !STARTS_LIKE_HEADLINE.test(t) ||
    DATELINE.test(t) ||
    BYLINE.test(t) ||
    INNER_SENTENCE_END.test(t)
  )
    return false;
  const bare = t.replace(TRAILING_CLOSERS, '');
  if (/[,;:]$/u.test(bare)) return false;
  if (/\.$/u.test(bare) && !/(?:\.\.\.|…)$/u.test(bare) && !ABBREVIATION_END.test(bare)) return false;
  const words = t.split(/\s+/u).length;
  return words <= 20 || (line.blankAfter && words <= 40);
}
