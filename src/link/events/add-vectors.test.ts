import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addVectors } from './add-vectors.ts';
import { dotProduct } from './dot-product.ts';

const v = (entries: [number, number][]) => ({
  terms: Int32Array.from(entries, (e) => e[0]),
  weights: Float64Array.from(entries, (e) => e[1]),
});

describe('addVectors and dotProduct', () => {
  const a = v([
    [1, 1],
    [3, 2],
    [8, 1],
  ]);
  const b = v([
    [0, 5],
    [3, 1],
    [9, 2],
  ]);

  it('adds term by term, keeping ids ascending', () => {
    const sum = addVectors(a, b);
    assert.deepEqual([...sum.terms], [0, 1, 3, 8, 9]);
    assert.deepEqual([...sum.weights], [5, 1, 3, 1, 2]);
  });

  it('multiplies over shared terms only', () => {
    assert.equal(dotProduct(a, b), 2);
    assert.equal(dotProduct(a, v([])), 0);
    assert.equal(dotProduct(addVectors(a, b), a), dotProduct(a, a) + dotProduct(b, a));
  });
});
