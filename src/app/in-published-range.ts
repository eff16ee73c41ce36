import { publishedRange } from '../store/published-range.ts';

/**
 * A date-range test on published dates, with the Store's own semantics (published-range.ts:
 * inclusive, by prefix, undated outside any range), for filters applied above the Store.
 * Undefined when there is no range; throws UsageError for a malformed date.
 */
export function inPublishedRange(from: string | undefined, to: string | undefined): ((published: string | undefined) => boolean) | undefined {
  if (from === undefined && to === undefined) return undefined;
  const { min, max } = publishedRange(from, to);
  return (published) => published !== undefined && published !== '' && (min === undefined || published >= min) && (max === undefined || published <= max);
}
