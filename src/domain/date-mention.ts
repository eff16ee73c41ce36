import type { Span } from './span.ts';

/** A date or period in the text, resolved against the publication date. */
export interface DateMention extends Span {
  readonly text: string;
  /** ISO date or period: `2017-03`, `2017-05-26`, `2017`. */
  readonly value: string;
}
