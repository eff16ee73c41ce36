import { cosine } from './tfidf.ts';

/**
 * For each vector, the later vectors at least `threshold` similar to it (cosine of unit
 * vectors), ascending: the same answer as comparing every pair, without comparing every pair.
 *
 * Prefix filtering (Bayardo et al., "Scaling up all pairs similarity search"): a vector's
 * words are ordered rarest first (highest `weightOrder`), and only the rarest are indexed,
 * until the words left out have a norm below the threshold. Two unit vectors that share no
 * indexed word of either one then have a dot product below the threshold (Cauchy-Schwarz
 * on the left-out part), so the pairs found through the index are all there is; each is
 * then scored exactly. Common words ("people", "government") are rarely indexed, which is
 * what keeps a story of thousands of statements from costing millions of comparisons.
 */
export function similarPairs(
  vectors: readonly ReadonlyMap<string, number>[],
  threshold: number,
  weightOrder: ReadonlyMap<string, number>,
): number[][] {
  const index = new Map<string, number[]>();
  const later: number[][] = vectors.map(() => []);
  // a margin for rounding: a little more indexed than strictly needed
  const leftOut = (threshold * (1 - 1e-6)) ** 2;
  vectors.forEach((v, i) => {
    const candidates = new Set<number>();
    for (const w of v.keys()) for (const j of index.get(w) ?? []) candidates.add(j);
    for (const j of candidates) if (cosine(vectors[j] as ReadonlyMap<string, number>, v) >= threshold) (later[j] as number[]).push(i);
    const words = [...v].sort((a, b) => (weightOrder.get(b[0]) ?? 0) - (weightOrder.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    let rest = 0;
    for (const [, x] of words) rest += x * x;
    for (const [w, x] of words) {
      if (rest < leftOut) break;
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
      rest -= x * x;
    }
  });
  return later;
}
