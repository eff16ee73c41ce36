/**
 * The share of the smaller set's sentences found verbatim in the other. A measure of
 * copying independent of shingles and MinHash, which the evaluation uses to check the
 * detector's pairs and to keep the corpus's own updated stories out of its negatives.
 */
export function sharedSentenceShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n / small.size;
}
