/**
 * Test helper of the Store contract: where a piece of fixture text stands, found by
 * searching, so that fixtures stay right when a sentence is edited.
 */
import type { Span } from '../../domain/span.ts';

/** The span of the `nth` occurrence (from 0) of `needle` in `text`; throws when there is none. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: ${JSON.stringify(needle)} #${nth} is not in the text`);
  }
  return { start: at, end: at + needle.length };
}
