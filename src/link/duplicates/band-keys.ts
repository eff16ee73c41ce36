import { mix32 } from './mix32.ts';

/**
 * The LSH band keys of a signature: the signature cut into `bands` bands of equal rows,
 * each band hashed with its index, so that documents agreeing on every row of any one
 * band share a key. All bands share one table (band-table.ts), so keys are 31-bit
 * hashes of band and rows together; a chance collision between two bands only adds a
 * candidate, which verification then drops.
 */
export function bandKeys(signature: Uint32Array, bands: number): Uint32Array {
  const rows = Math.floor(signature.length / bands);
  const keys = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = mix32(Math.imul(b + 1, 0x9e3779b1));
    for (let r = 0; r < rows; r++) h = mix32(h ^ (signature[b * rows + r] ?? 0));
    keys[b] = h & 0x7fffffff;
  }
  return keys;
}
