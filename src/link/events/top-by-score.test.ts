import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { topByScore } from './top-by-score.ts';

describe('topByScore', () => {
  const scores = [0.5, 0.9, 0.1, 0.9, 0.7, 0.3];
  const score = (i: number): number => scores[i]!;

  it('returns the best items, best first, ties to the smaller item', () => {
    assert.deepEqual(topByScore([0, 1, 2, 3, 4, 5], score, 3), [1, 3, 4]);
    assert.deepEqual(topByScore([5, 4, 3, 2, 1, 0], score, 3), [1, 3, 4]);
  });

  it('returns all, sorted, when asked for more than there are, and none for zero', () => {
    assert.deepEqual(topByScore([2, 0, 5], score, 10), [0, 5, 2]);
    assert.deepEqual(topByScore([2, 0, 5], score, 0), []);
  });
});
