import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IntMap } from './int-map.ts';

describe('IntMap', () => {
  it('maps the keys it was given, and -1 for the rest', () => {
    const entries = Array.from({ length: 500 }, (_, i) => [i * 7919 + (6 << 24), i % 17] as const);
    const map = new IntMap(entries);
    for (const [k, v] of entries) assert.equal(map.get(k), v);
    assert.equal(map.get(3), -1);
    assert.equal(new IntMap([]).get(0), -1);
  });
});
