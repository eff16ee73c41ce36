import type { DateMention } from '../../domain/date-mention.ts';
import type { Span } from '../../domain/span.ts';
import type { Sentence, Token } from '../../domain/token.ts';
import { firstTokenFrom } from './first-token-from.ts';

/** Where one clause ends and the next begins: ",", ";", "and", "but", "since", "while". */
const isBoundary = (t: Token): boolean => t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.text === ',' || t.text === ';' || t.text === ':';

/** "its lowest level since September 2001": a date a record is measured from, not when the figure holds. */
const RECORD = /\b(?:lowest|highest|biggest|largest|smallest|best|worst|most|least|fastest|slowest|strongest|weakest|first time|record)\b[^.;]*\bsince\s+$/i;

/**
 * When a figure holds: the date in the same sentence nearest to it, counting clause
 * boundaries first and characters second. "reported three deaths in March, and later said
 * the total had risen to 26 since the beginning of the year": "three" takes March and "26"
 * the year. The word that introduces a date ("since", "in") is no boundary; a semicolon is
 * one no date crosses; a date a record is counted from is skipped. None: undefined.
 */
export function figureWhen(text: string, amount: Span, sentence: Sentence, dates: readonly DateMention[], tokens: readonly Token[]): string | undefined {
  let best: DateMention | undefined;
  let bestScore = Infinity;
  for (const d of dates) {
    if (d.end <= sentence.start) continue;
    if (d.start >= sentence.end) break;
    const [a, b] = d.end <= amount.start ? [d.end, amount.start] : [amount.end, d.start];
    if (d.start >= amount.end && RECORD.test(text.slice(amount.end, d.start))) continue;
    let boundaries = 0;
    const first = firstTokenFrom(tokens, a);
    const last = firstTokenFrom(tokens, b) - 1;
    for (let i = first; i <= last; i++) {
      const t = tokens[i];
      // "in March 2017 it carried 300; last year 200": a semicolon ends the clause for good
      if (t?.text === ';') boundaries = Infinity;
      // "since the beginning of the year": the date's own preposition or conjunction
      const introduces = d.start >= amount.end && i >= last - 1 && t?.pos !== 'PUNCT';
      if (t && isBoundary(t) && !introduces) boundaries++;
    }
    const score = boundaries * 10000 + (b - a);
    if (score === Infinity) continue;
    if (score < bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best?.value;
}
