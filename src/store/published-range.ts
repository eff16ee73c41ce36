/**
 * The `from`/`to` filter of a search as bounds on the stored published date, shared by
 * every Store implementation. Both ends are inclusive and compare by prefix: `to:
 * 2017-03-05` keeps `2017-03-05T22:10:00Z`, `to: 2017` keeps all of 2017. Stored dates
 * are ISO strings, so string order is date order; the upper bound is `to` followed by
 * U+FFFF, above every character an ISO date continues with. Documents without a
 * published date fall outside any range.
 */
import { UsageError } from '../domain/errors.ts';

export interface PublishedRange {
  /** Keep published >= min. */
  readonly min?: string;
  /** Keep published <= max. */
  readonly max?: string;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function checked(name: string, value: string): string {
  if (!ISO_DATE.test(value)) {
    throw new UsageError(
      `${name} must be an ISO date like 2017, 2017-03 or 2017-03-05, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

export function publishedRange(from: string | undefined, to: string | undefined): PublishedRange {
  return {
    ...(from === undefined ? {} : { min: checked('from', from) }),
    ...(to === undefined ? {} : { max: `${checked('to', to)}\uffff` }),
  };
}
