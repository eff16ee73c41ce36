import { minhashSeeds } from './minhash-seeds.ts';

/** How documents are compared; every field has a default (see `duplicateSettings`). */
export interface DuplicateOptions {
  /** Words per shingle. */
  readonly shingleSize?: number;
  /** MinHash permutations: the signature's length. */
  readonly permutations?: number;
  /** LSH bands; `permutations / bands` rows each. */
  readonly bands?: number;
  /** Seed of the MinHash permutations. */
  readonly seed?: number;
  /** Least estimated containment for a near duplicate, in [0, 1]. */
  readonly threshold?: number;
}

/** The options resolved, with the permutation seeds derived from them. */
export interface DuplicateSettings {
  readonly shingleSize: number;
  readonly permutations: number;
  readonly bands: number;
  readonly rows: number;
  readonly seed: number;
  readonly threshold: number;
  readonly seeds: Uint32Array;
}

/**
 * The defaults, and why (figures from `npm run eval:duplicates -- --sweep`, BBC articles
 * and generated syndicated copies, four seeds):
 *
 * - 4-word shingles. Every changed word breaks up to k shingles, so a small k forgives
 *   rewording (a synonym swapped every 20 words costs 20% of the shingles at k = 4, 45%
 *   at k = 9), while a larger k is what tells different articles apart: stories on one
 *   topic share stock phrases of two or three words ("the prime minister said", "told
 *   the BBC"). At the threshold, k = 4 gave precision 0.980-0.985 and recall 0.966-0.983;
 *   k = 5 about the same precision and recall 0.954-0.975; k = 3 tripled the candidate
 *   pairs and let through more hard negatives (same-topic articles: 4 to 9 against 0 to
 *   5); k >= 7 lost recall (0.91-0.95 at k = 7, 0.88-0.90 at k = 9).
 * - 128 permutations: the Jaccard estimate's standard error is √(J(1−J)/128), at most
 *   0.044, so a 0.8 containment is told from a 0.5 one; a signature is 512 bytes. 256
 *   gained 0.002 F1 for half the speed and twice the memory.
 * - 64 bands of 2 rows: a pair becomes a candidate with probability 1 − (1 − J²)⁶⁴,
 *   0.93 at J = 0.2 and 0.998 at J = 0.3. A copy cut to half its source, or wrapped in
 *   as much boilerplate again, has J near 0.5 however high its containment, and a
 *   reworded one lower still, so the bands must catch pairs well below the Jaccard one
 *   would ask of whole copies: 32 bands of 4 rows dropped recall to 0.87-0.88. Unrelated
 *   articles (J ≈ 0.01) share a band with probability about 0.006, and each candidate
 *   costs one comparison of 128 integers.
 * - Threshold 0.5 on containment (half the shorter text's shingles are in the longer):
 *   the best F1 on the syndication set, or within 0.005 of it; 0.6 keeps recall at only
 *   0.92-0.94. What it
 *   lets through, besides copies, are later stories that reuse half an earlier one's
 *   paragraphs, which are partial copies indeed.
 */
export function duplicateSettings(options: DuplicateOptions = {}): DuplicateSettings {
  const shingleSize = options.shingleSize ?? 4;
  const permutations = options.permutations ?? 128;
  const bands = options.bands ?? 64;
  const seed = options.seed ?? 0x5eed;
  const threshold = options.threshold ?? 0.5;
  if (!Number.isInteger(shingleSize) || shingleSize < 1)
    throw new RangeError(`shingleSize ${shingleSize}: want a positive integer`);
  if (!Number.isInteger(permutations) || permutations < 1)
    throw new RangeError(`permutations ${permutations}: want a positive integer`);
  if (!Number.isInteger(bands) || bands < 1 || permutations % bands !== 0)
    throw new RangeError(`bands ${bands}: want a divisor of permutations (${permutations})`);
  if (!(threshold >= 0 && threshold <= 1))
    throw new RangeError(`threshold ${threshold}: want a number in [0, 1]`);
  return {
    shingleSize,
    permutations,
    bands,
    rows: permutations / bands,
    seed,
    threshold,
    seeds: minhashSeeds(permutations, seed),
  };
}
