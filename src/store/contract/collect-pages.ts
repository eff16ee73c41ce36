/**
 * Test helper of the Store contract: follows `next` cursors to the end of a listing,
 * failing the test when a cursor repeats or the listing never ends.
 */
import assert from 'node:assert/strict';
import type { Page } from '../store.ts';

export async function collectPages<T>(
  fetch: (cursor: string | undefined) => Promise<Page<T>>,
  maxPages = 1000,
): Promise<{ readonly items: T[]; readonly pages: number }> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let pages = 1; pages <= maxPages; pages++) {
    const page = await fetch(cursor);
    items.push(...page.items);
    if (page.next === undefined) return { items, pages };
    assert.equal(typeof page.next, 'string');
    assert.ok(!seen.has(page.next), 'a cursor came back twice');
    assert.ok(page.items.length > 0, 'a page with a next cursor must hold items');
    seen.add(page.next);
    cursor = page.next;
  }
  assert.fail(`the listing did not end within ${maxPages} pages`);
}
