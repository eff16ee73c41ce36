import type { SparseVector } from './sparse-vector.ts';

/** The sum of two sparse vectors, by one merge walk over their ascending ids. */
export function addVectors(a: SparseVector, b: SparseVector): SparseVector {
  const terms = new Int32Array(a.terms.length + b.terms.length);
  const weights = new Float64Array(terms.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.terms.length || j < b.terms.length) {
    const x = i < a.terms.length ? a.terms[i]! : Infinity;
    const y = j < b.terms.length ? b.terms[j]! : Infinity;
    if (x === y) {
      terms[k] = x;
      weights[k++] = a.weights[i++]! + b.weights[j++]!;
    } else if (x < y) {
      terms[k] = x;
      weights[k++] = a.weights[i++]!;
    } else {
      terms[k] = y;
      weights[k++] = b.weights[j++]!;
    }
  }
  return { terms: terms.slice(0, k), weights: weights.slice(0, k) };
}
