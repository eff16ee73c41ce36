import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutMerges } from './cut-merges.ts';
import type { Merge } from './merge.ts';

// Five documents: 3+4 at 0.9 (cluster 5), 0+1 at 0.7 (6), 5+2 at 0.4 (7), 6+7 at 0.1 (8).
const merges: Merge[] = [
  { a: 3, b: 4, similarity: 0.9, size: 2 },
  { a: 0, b: 1, similarity: 0.7, size: 2 },
  { a: 5, b: 2, similarity: 0.4, size: 3 },
  { a: 6, b: 7, similarity: 0.1, size: 5 },
];

describe('cutMerges', () => {
  it('applies the merges at or above the threshold', () => {
    assert.deepEqual(cutMerges(5, merges, 0.5), [[0, 1], [2], [3, 4]]);
    assert.deepEqual(cutMerges(5, merges, 0.4), [
      [0, 1],
      [2, 3, 4],
    ]);
    assert.deepEqual(cutMerges(5, merges, 0), [[0, 1, 2, 3, 4]]);
    assert.deepEqual(cutMerges(5, merges, 1), [[0], [1], [2], [3], [4]]);
  });

  it('stops at the first merge below the threshold, as clustering with it would have', () => {
    const uneven: Merge[] = [
      { a: 0, b: 1, similarity: 0.3, size: 2 },
      { a: 5, b: 2, similarity: 0.35, size: 3 },
    ];
    assert.deepEqual(cutMerges(3, uneven, 0.32), [[0], [1], [2]]);
  });

  it('handles no documents', () => {
    assert.deepEqual(cutMerges(0, [], 0.5), []);
  });
});
