import { addVectors } from './add-vectors.ts';
import type { Merge } from './merge.ts';
import type { Neighbour } from './neighbour.ts';
import { PairHeap } from './pair-heap.ts';
import type { SparseVector } from './sparse-vector.ts';

export interface GroupAverageOptions {
  /** Clusters less similar than this are never joined: merging stops there. */
  readonly minSimilarity: number;
  /** A cluster keeps links to at most this many others, its most similar. Default 50. */
  readonly maxLinks?: number;
}

/**
 * Group-average agglomerative clustering over a neighbour graph: repeatedly join the two
 * clusters whose documents are, on average, most similar, until no linked pair reaches
 * `minSimilarity`. Returns the merges in the order made.
 *
 * The average over all cross pairs of unit vectors equals the dot product of the two
 * clusters' summed vectors divided by the product of their sizes, so it is exact without
 * visiting the pairs. Only clusters joined by a neighbour edge are compared, and a cluster
 * keeps only its `maxLinks` best links above `minSimilarity`, so each merge costs a bounded
 * number of dot products however large clusters grow: the whole stays O(n log n). A merged
 * cluster takes a new id, so a heap entry is never stale, only dead (a cluster in it is
 * gone) and skipped.
 */
export function groupAverageMerges(
  vectors: readonly SparseVector[],
  neighbours: readonly (readonly Neighbour[])[],
  options: GroupAverageOptions,
): Merge[] {
  const { minSimilarity } = options;
  const maxLinks = options.maxLinks ?? 50;
  const n = vectors.length;
  const sums: SparseVector[] = [...vectors];
  const sizes: number[] = vectors.map(() => 1);
  const alive: boolean[] = vectors.map(() => true);
  const links: Set<number>[] = neighbours.map(
    (list) => new Set(list.filter((x) => x.similarity >= minSimilarity).map((x) => x.index)),
  );
  // The merged cluster's vector is spread into this dense array once per merge, so that
  // its dot product with each linked cluster costs only that cluster's length.
  let dimensions = 0;
  for (const vector of vectors)
    if (vector.terms.length > 0)
      dimensions = Math.max(dimensions, vector.terms[vector.terms.length - 1]! + 1);
  const dense = new Float64Array(dimensions);
  const heap = new PairHeap();
  neighbours.forEach((list, a) => {
    for (const { index: b, similarity } of list)
      if (a < b && similarity >= minSimilarity) heap.push(similarity, a, b);
  });
  const merges: Merge[] = [];
  for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
    const { a, b, similarity } = top;
    if (!alive[a] || !alive[b]) continue;
    const c = n + merges.length;
    const size = sizes[a]! + sizes[b]!;
    merges.push({ a, b, similarity, size });
    const sum = addVectors(sums[a]!, sums[b]!);
    const linked = new Set<number>();
    for (const x of [...links[a]!, ...links[b]!]) if (alive[x] && x !== a && x !== b) linked.add(x);
    alive[a] = false;
    alive[b] = false;
    // The merged clusters' vectors and links are no longer needed: let them go.
    sums[a] = sums[b] = EMPTY;
    links[a] = links[b] = new Set();
    for (let i = 0; i < sum.terms.length; i++) dense[sum.terms[i]!] = sum.weights[i]!;
    const scored: { x: number; average: number }[] = [];
    for (const x of linked) {
      links[x]!.delete(a);
      links[x]!.delete(b);
      const other = sums[x]!;
      let dot = 0;
      for (let i = 0; i < other.terms.length; i++) dot += dense[other.terms[i]!]! * other.weights[i]!;
      const average = dot / (size * sizes[x]!);
      if (average >= minSimilarity) scored.push({ x, average });
    }
    for (let i = 0; i < sum.terms.length; i++) dense[sum.terms[i]!] = 0;
    scored.sort((p, q) => q.average - p.average || p.x - q.x);
    const kept = scored.slice(0, maxLinks);
    for (const { x, average } of kept) {
      links[x]!.add(c);
      heap.push(average, c, x);
    }
    sums.push(sum);
    sizes.push(size);
    alive.push(true);
    links.push(new Set(kept.map((k) => k.x)));
  }
  return merges;
}

const EMPTY: SparseVector = { terms: new Int32Array(0), weights: new Float64Array(0) };
