import { z } from 'zod';
import { cursorCodec } from '../store/cursor-codec.ts';
import { pageSize } from '../store/page-size.ts';
import type { Page, PageRequest } from '../store/store.ts';

/** Keeps some of a batch of items: one answer per item, in order. */
export type BatchFilter<T> = (items: readonly T[]) => Promise<readonly boolean[]> | readonly boolean[];

export interface FilteredPageOptions {
  /** Names the listing, so that its cursors are refused by another. */
  readonly listing: string;
  /** At most this many store items are read for one page (default 5000). */
  readonly budget?: number;
  /** Store items read per step with a filter (default 4 × limit, 200 to 1000): small when most items pass. */
  readonly chunk?: number;
}

/**
 * A page of a Store listing with filters the Store does not have (an outlet or a date
 * range on attributions, say), applied to the store's pages as they are read. The cursor
 * is the store's cursor of the page being read, the size of the pages read and how many
 * of that page were already passed, so it resumes exactly where the last page stopped.
 * When a rare filter leaves the page short after `budget` items were read, the page is
 * returned short, with a `next` cursor: clients go on while `next` is present.
 * Without a filter it is the store's page as it is.
 */
export async function filteredPage<T>(
  fetch: (page: PageRequest) => Promise<Page<T>>,
  keep: BatchFilter<T> | undefined,
  request: PageRequest,
  options: FilteredPageOptions,
): Promise<Page<T>> {
  const codec = cursorCodec(`api:${options.listing}`, z.tuple([z.string(), z.int().min(1).max(1000), z.int().nonnegative()]));
  const limit = pageSize(request.limit);
  const budget = options.budget ?? 5000;
  const start = request.cursor === undefined ? (['', keep ? Math.min(1000, options.chunk ?? Math.max(200, limit * 4)) : limit, 0] as const) : codec.decode(request.cursor);
  const chunk = start[1];
  let [cursor, , skip] = start;
  const items: T[] = [];
  let read = 0;
  for (;;) {
    const page = await fetch({ limit: chunk, ...(cursor ? { cursor } : {}) });
    const rest = page.items.slice(skip);
    const kept = keep ? await keep(rest) : rest.map(() => true);
    for (let i = 0; i < rest.length; i++) {
      if (!kept[i]) continue;
      items.push(rest[i] as T);
      if (items.length === limit) {
        const passed = skip + i + 1;
        const more = passed < page.items.length ? codec.encode([cursor, chunk, passed]) : page.next ? codec.encode([page.next, chunk, 0]) : undefined;
        return { items, ...(more ? { next: more } : {}) };
      }
    }
    read += rest.length;
    if (!page.next) return { items };
    cursor = page.next;
    skip = 0;
    if (read >= budget) return { items, next: codec.encode([cursor, chunk, 0]) };
  }
}
