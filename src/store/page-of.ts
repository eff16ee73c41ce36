/**
 * A page from the rows of a query run with `LIMIT limit + 1`: the extra row only tells
 * that there is a next page, whose cursor is the sort key of the last row shown.
 */
import type { Page } from './store.ts';

export function pageOf<R, T>(
  rows: readonly R[],
  limit: number,
  item: (row: R) => T,
  cursorAfter: (row: R) => string,
): Page<T> {
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    items: shown.map(item),
    ...(rows.length > limit && last !== undefined ? { next: cursorAfter(last) } : {}),
  };
}
