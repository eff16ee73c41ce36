import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PairHeap } from './pair-heap.ts';

describe('PairHeap', () => {
  it('pops the most similar pair first, ties to the smaller ids, with ids in order', () => {
    const heap = new PairHeap();
    heap.push(0.5, 4, 2);
    heap.push(0.9, 7, 1);
    heap.push(0.5, 1, 3);
    heap.push(0.2, 0, 9);
    heap.push(0.9, 5, 6);
    const popped = [];
    for (let top = heap.pop(); top !== undefined; top = heap.pop())
      popped.push([top.similarity, top.a, top.b]);
    assert.deepEqual(popped, [
      [0.9, 1, 7],
      [0.9, 5, 6],
      [0.5, 1, 3],
      [0.5, 2, 4],
      [0.2, 0, 9],
    ]);
    assert.equal(heap.size, 0);
  });
});
