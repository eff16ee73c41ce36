import type { Merge } from './merge.ts';

/**
 * The clusters of `n` documents that the merges make when merging stops at `threshold`:
 * merges are applied in order until the first below it, which is what clustering with that
 * threshold from the start would have done. Each cluster lists its document indices in
 * ascending order; clusters come in order of their first document.
 */
export function cutMerges(n: number, merges: readonly Merge[], threshold: number): number[][] {
  const parent = Array.from({ length: n + merges.length }, (_, i) => i);
  for (let i = 0; i < merges.length; i++) {
    const merge = merges[i]!;
    if (merge.similarity < threshold) break;
    parent[merge.a] = n + i;
    parent[merge.b] = n + i;
  }
  // Path halving keeps a long chain of merges from making this quadratic.
  const root = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const byRoot = new Map<number, number[]>();
  for (let d = 0; d < n; d++) {
    const r = root(d);
    const members = byRoot.get(r);
    if (members) members.push(d);
    else byRoot.set(r, [d]);
  }
  return [...byRoot.values()];
}
