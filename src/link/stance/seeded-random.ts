/**
 * A seeded pseudo-random generator (mulberry32) giving floats in [0, 1). Training draws its
 * initial weights, shuffles and dropout masks from it, so the same data and seed give the
 * same model, byte for byte. The state lives in the closure, not in the module.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
