import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../domain/errors.ts';
import type { Page, PageRequest } from '../store/store.ts';
import { filteredPage } from './filtered-page.ts';

/** A fake store listing of the numbers 0..n-1, with cursors as the next index. */
const numbers =
  (n: number) =>
  async (p: PageRequest): Promise<Page<number>> => {
    const from = p.cursor ? Number(p.cursor) : 0;
    const to = Math.min(n, from + (p.limit ?? 50));
    const items = Array.from({ length: to - from }, (_, i) => from + i);
    return { items, ...(to < n ? { next: String(to) } : {}) };
  };

async function all(n: number, keep: ((xs: readonly number[]) => boolean[]) | undefined, limit: number, budget?: number): Promise<number[][]> {
  const pages: number[][] = [];
  let cursor: string | undefined;
  do {
    const p = await filteredPage(numbers(n), keep, { limit, ...(cursor ? { cursor } : {}) }, { listing: 'n', ...(budget ? { budget } : {}) });
    pages.push([...p.items]);
    cursor = p.next;
  } while (cursor);
  return pages;
}

describe('filteredPage', () => {
  it('pages through a filter without skipping or repeating', async () => {
    const pages = await all(1000, (xs) => xs.map((x) => x % 7 === 0), 9);
    assert.deepEqual(pages.flat(), Array.from({ length: 143 }, (_, i) => i * 7));
    assert.ok(pages.slice(0, -1).every((p) => p.length === 9));
  });

  it('without a filter is the listing itself', async () => {
    assert.deepEqual((await all(25, undefined, 10)).map((p) => p.length), [10, 10, 5]);
  });

  it('returns short pages with a cursor when a rare filter exhausts the budget', async () => {
    const pages = await all(3000, (xs) => xs.map((x) => x === 2999), 5, 400);
    assert.deepEqual(pages.flat(), [2999]);
    assert.ok(pages.length > 2);
  });

  it("refuses another listing's or a forged cursor", async () => {
    await assert.rejects(filteredPage(numbers(5), undefined, { cursor: 'bm9wZQ' }, { listing: 'n' }), UsageError);
  });
});
