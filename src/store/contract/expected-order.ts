/**
 * Test helper of the Store contract: the order every listing must follow, computed
 * from the fixtures independently of any store. Newest published first (a document
 * without a date last), then by name in code-unit order. Documents equal in both may
 * come in either order; the contract only demands that the store be consistent.
 */
import type { StoredDocument } from '../store.ts';

/** The sort key of a document: what the contract compares lists by. */
export function orderKey(published: string | undefined, name: string): string {
  return `${published ?? ''}\u0000${name}`;
}

/** Whether `a` may come before `b` in a listing. */
export function inOrder(
  a: { published?: string; name: string },
  b: { published?: string; name: string },
): boolean {
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa > pb;
  return a.name <= b.name;
}

/** `docs` sorted as listings order them. */
export function expectedOrder(docs: readonly StoredDocument[]): StoredDocument[] {
  return [...docs].sort((x, y) => {
    const a = { published: x.document.published, name: x.document.name };
    const b = { published: y.document.published, name: y.document.name };
    if (orderKey(a.published, a.name) === orderKey(b.published, b.name)) return 0;
    return inOrder(a, b) ? -1 : 1;
  });
}
