import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dotProduct } from './dot-product.ts';
import { groupAverageMerges } from './group-average-merges.ts';
import type { Neighbour } from './neighbour.ts';
import type { SparseVector } from './sparse-vector.ts';

const unit = (weights: number[]): SparseVector => {
  const norm = Math.hypot(...weights);
  const terms = weights.flatMap((w, i) => (w === 0 ? [] : [i]));
  return { terms: Int32Array.from(terms), weights: Float64Array.from(terms, (i) => weights[i]! / norm) };
};

// Two tight pairs, (2,3) the tighter, then (0,1), a looser member of the first group (4), and a loner (5).
const docs = [
  unit([1, 0.1, 0, 0]),
  unit([1, 0.2, 0, 0]),
  unit([0, 0, 1, 0.1]),
  unit([0, 0, 1, 0.15]),
  unit([0.6, 0.4, 0.1, 0]),
  unit([0, 0, 0, 1]),
];

const everyone = (vectors: readonly SparseVector[]): Neighbour[][] =>
  vectors.map((v, d) =>
    vectors.flatMap((o, index) => (index === d ? [] : [{ index, similarity: dotProduct(v, o) }])),
  );

describe('groupAverageMerges', () => {
  it('joins the most similar clusters first, at their exact average pair similarity', () => {
    const merges = groupAverageMerges(docs, everyone(docs), { minSimilarity: 0.5 });
    const members = (id: number): number[] =>
      id < docs.length
        ? [id]
        : [...members(merges[id - docs.length]!.a), ...members(merges[id - docs.length]!.b)];
    let previous = Infinity;
    for (const merge of merges) {
      const a = members(merge.a);
      const b = members(merge.b);
      const average =
        a.reduce((sum, x) => sum + b.reduce((s, y) => s + dotProduct(docs[x]!, docs[y]!), 0), 0) /
        (a.length * b.length);
      assert.ok(Math.abs(merge.similarity - average) < 1e-12);
      assert.equal(merge.size, a.length + b.length);
      assert.ok(merge.similarity <= previous + 1e-12, 'average linkage never merges above an earlier merge');
      previous = merge.similarity;
    }
    assert.deepEqual(
      merges.slice(0, 2).map((m) => [m.a, m.b].sort()),
      [
        [2, 3],
        [0, 1],
      ],
    );
    assert.deepEqual(members(docs.length + 2).sort(), [0, 1, 4]);
    assert.equal(merges.length, 3, 'the two groups and the loner stay apart above 0.5');
  });

  it('only compares clusters linked by a neighbour edge', () => {
    const noLinks: Neighbour[][] = docs.map(() => []);
    assert.deepEqual(groupAverageMerges(docs, noLinks, { minSimilarity: 0 }), []);
  });

  it('keeps at most maxLinks links per merged cluster and still merges the best', () => {
    const merges = groupAverageMerges(docs, everyone(docs), { minSimilarity: 0.5, maxLinks: 1 });
    assert.deepEqual([merges[0]!.a, merges[0]!.b].sort(), [2, 3]);
  });
});
