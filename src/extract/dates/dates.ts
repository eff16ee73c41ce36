import type { Analysis } from '../../domain/analysis.ts';
import type { DateMention } from '../../domain/date-mention.ts';
import type { Span } from '../../domain/span.ts';
import type { Stage } from '../stage.ts';
import { dateChrono } from './date-chrono.ts';
import { dateWindows } from './date-windows.ts';
import { findYears } from './find-years.ts';
import { referenceDate } from './reference-date.ts';
import { toDateMention } from './to-date-mention.ts';

/** Keeps chrono from joining dates across windows: a word, since its patterns skip punctuation ("2019\n.\nDecember"). */
const SEPARATOR = '\nzzz\n';

/** A stretch chrono reads, where it lies in the document and in the joined text. */
interface Window extends Span {
  readonly at: number;
  readonly sentence: Span;
}

/** What chrono counts from when the document has no date; only dates the text states in full are kept then. */
const NO_REFERENCE = new Date(Date.UTC(2000, 5, 15, 12));

/**
 * Dates and periods in the text, resolved against the publication date: "in March" `2017-03`,
 * "since the beginning of the year" `2017`, "over the weekend" (its Saturday), "May 26"
 * `2017-05-26`, "2016" `2016`, "last year" `2016`. chrono reads only a few tokens around
 * the words that may make a date (see date-windows.ts), all of a document's in one call;
 * bare years are read without it.
 * Needs the tokens stage (without sentences chrono reads the whole text).
 * Without a publication date, relative dates ("last year", "May 26") are left out.
 */
export const dates: Stage = {
  name: 'dates',
  run(input): Analysis {
    const text = input.doc.text;
    const ref = referenceDate(input.doc.published);
    const windows: Window[] = [];
    let joined = '';
    const add = (start: number, end: number, sentence: Span): void => {
      windows.push({ start, end, at: joined.length, sentence });
      joined += text.slice(start, end) + SEPARATOR;
    };
    if (input.sentences.length === 0) add(0, text.length, { start: 0, end: text.length });
    for (const s of input.sentences) for (const w of dateWindows(input.tokens, s)) add(w.start, w.end, s);
    const found: DateMention[] = [];
    const results = windows.length > 0 ? dateChrono.parse(joined, { instant: ref?.instant ?? NO_REFERENCE, timezone: 0 }) : [];
    let k = 0;
    for (const result of results) {
      while (k + 1 < windows.length && (windows[k + 1]?.at ?? Infinity) <= result.index) k++;
      const w = windows[k];
      if (!w || result.index + result.text.length > w.at + (w.end - w.start)) continue;
      const sentence = text.slice(w.sentence.start, w.sentence.end);
      const mention = toDateMention(result, { window: joined, offset: w.start - w.at, sentence, ref });
      if (mention) found.push(mention);
    }
    for (const year of findYears(text, input.tokens)) {
      if (!found.some((d) => d.start < year.end && year.start < d.end)) found.push(year);
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    return { ...input, dates: found };
  },
};
