import { seededRandom } from './seeded-random.ts';

/**
 * `count` 32-bit seeds, one per MinHash permutation, drawn from `seed`. Signatures are
 * comparable only when made with the same seeds, so they are derived, never random: a
 * signature stored by one process matches one computed by another with the same settings.
 */
export function minhashSeeds(count: number, seed: number): Uint32Array {
  const next = seededRandom(seed);
  const seeds = new Uint32Array(count);
  for (let i = 0; i < count; i++) seeds[i] = Math.floor(next() * 4294967296);
  return seeds;
}
