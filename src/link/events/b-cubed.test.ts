import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bCubed } from './b-cubed.ts';

const near = (actual: number, expected: number): void =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} != ${expected}`);

describe('bCubed', () => {
  it('scores a perfect clustering 1, whatever the label names', () => {
    assert.deepEqual(bCubed([7, 7, 9], ['a', 'a', 'b']), { precision: 1, recall: 1, f1: 1 });
  });

  it('scores one big cluster and all singletons as Bagga and Baldwin define', () => {
    const gold = ['a', 'a', 'a', 'b'];
    const lumped = bCubed([0, 0, 0, 0], gold);
    near(lumped.precision, (3 * 0.75 + 0.25) / 4);
    near(lumped.recall, 1);
    const split = bCubed([0, 1, 2, 3], gold);
    near(split.precision, 1);
    near(split.recall, (3 / 3 + 1) / 4);
  });

  it('averages per item', () => {
    // Cluster {0,1,2} holds a,a,b; cluster {3} holds b.
    const s = bCubed([0, 0, 0, 1], ['a', 'a', 'b', 'b']);
    near(s.precision, (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4);
    near(s.recall, (1 + 1 + 0.5 + 0.5) / 4);
    near(s.f1, (2 * s.precision * s.recall) / (s.precision + s.recall));
  });

  it('rejects label lists of different lengths, and scores nothing as perfect', () => {
    assert.throws(() => bCubed([1], []), RangeError);
    assert.deepEqual(bCubed([], []), { precision: 1, recall: 1, f1: 1 });
  });
});
