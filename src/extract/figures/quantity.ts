import type { Span } from '../../domain/span.ts';
import type { Numeral } from './parse-number.ts';

/**
 * A number with what makes it an amount: "15,000", "45%", "$3bn", "20 to 30", "more than 40".
 * `start`/`end` cover the whole expression as the Recognizers-Text specs mark it
 * ("between 20 and 30", "more than 40"); `amount` only the number as written ("20 and 30", "40").
 */
export interface Quantity extends Span {
  readonly kind: 'number' | 'percent' | 'currency';
  readonly value: number;
  /** Upper end of a range: "20 to 30", "20-30%", "$20-30m". */
  readonly valueMax?: number;
  /** `percent`, `percentage point`, an ISO currency code, or `cent` / `penny`. */
  readonly unit?: string;
  /** A one-sided bound: "more than 40" is `gt`, "at least 40" `ge`, "up to 700" `le`. */
  readonly bound?: 'gt' | 'ge' | 'lt' | 'le' | 'eq';
  readonly amount: Span;
  /** The numbers inside, in order: one, or two for a range. */
  readonly numerals: readonly Numeral[];
}
