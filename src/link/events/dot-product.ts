import type { SparseVector } from './sparse-vector.ts';

/** The dot product of two sparse vectors (cosine similarity when both are unit length). */
export function dotProduct(a: SparseVector, b: SparseVector): number {
  // One merge walk over the two ascending id lists: linear in their lengths.
  let i = 0;
  let j = 0;
  let sum = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) {
      sum += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}
