import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dotProduct } from './dot-product.ts';
import { nearestNeighbours } from './nearest-neighbours.ts';
import type { SparseVector } from './sparse-vector.ts';

/** Unit vectors over a small vocabulary from a fixed pseudo-random sequence: the same every run. */
function vectors(count: number, vocabulary: number, termsEach: number): SparseVector[] {
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => {
    const weights = new Map<number, number>();
    while (weights.size < termsEach) weights.set(Math.floor(next() * vocabulary), 0.1 + next());
    const terms = [...weights.keys()].sort((a, b) => a - b);
    const norm = Math.hypot(...terms.map((t) => weights.get(t)!));
    return {
      terms: Int32Array.from(terms),
      weights: Float64Array.from(terms, (t) => weights.get(t)! / norm),
    };
  });
}

describe('nearestNeighbours', () => {
  const docs = vectors(60, 80, 8);

  it('finds what comparing all pairs finds when the index is not cut short', () => {
    const found = nearestNeighbours(docs, {
      k: 5,
      termsPerDocument: 100,
      postingsPerTerm: 1000,
      minSimilarity: 0,
    });
    docs.forEach((doc, d) => {
      const all = docs
        .map((other, index) => ({ index, similarity: dotProduct(doc, other) }))
        .filter((x) => x.index !== d && x.similarity > 0)
        .sort((a, b) => b.similarity - a.similarity || a.index - b.index)
        .slice(0, 5);
      const mine = new Set(found[d]!.map((x) => x.index));
      for (const best of all) assert.ok(mine.has(best.index), `document ${d} misses ${best.index}`);
    });
  });

  it('is symmetric, scores exactly, orders best first and never lists a document as its own neighbour', () => {
    const found = nearestNeighbours(docs, { k: 3 });
    found.forEach((list, d) => {
      for (const { index, similarity } of list) {
        assert.notEqual(index, d);
        assert.ok(found[index]!.some((x) => x.index === d));
        assert.ok(Math.abs(similarity - dotProduct(docs[d]!, docs[index]!)) < 1e-12);
      }
      for (let i = 1; i < list.length; i++) assert.ok(list[i - 1]!.similarity >= list[i]!.similarity);
    });
  });

  it('drops pairs below the minimum similarity', () => {
    for (const list of nearestNeighbours(docs, { minSimilarity: 0.3 }))
      for (const x of list) assert.ok(x.similarity >= 0.3);
  });

  it('handles no documents and empty vectors', () => {
    assert.deepEqual(nearestNeighbours([]), []);
    const empty = { terms: new Int32Array(0), weights: new Float64Array(0) };
    assert.deepEqual(nearestNeighbours([empty, empty]), [[], []]);
  });
});
