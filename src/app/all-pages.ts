import type { Page, PageRequest } from '../store/store.ts';

/** Every item of a paged query, page after page. */
export async function allPages<T>(query: (page: PageRequest) => Promise<Page<T>>, limit = 500): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await query({ limit, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}
