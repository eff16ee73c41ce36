import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { createDigestSet } from './create-digest-set.ts';

const digest = (i: number): string => createHash('sha256').update(`object ${i}`).digest('hex');

describe('createDigestSet', () => {
  it('answers like a Set of the same digests, across many growths', () => {
    const set = createDigestSet();
    const reference = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const d = digest(i % 15_000);
      set.add(d);
      reference.add(d);
    }
    assert.equal(set.size, reference.size);
    for (let i = 0; i < 30_000; i++) assert.equal(set.has(digest(i)), reference.has(digest(i)), `digest ${i}`);
  });

  it('keeps the all-zero digest apart from empty slots', () => {
    const set = createDigestSet();
    const zero = '0'.repeat(64);
    assert.equal(set.has(zero), false);
    set.add(zero);
    set.add(zero);
    assert.equal(set.has(zero), true);
    assert.equal(set.size, 1);
  });

  it('treats upper and lower case hex alike, and has() of a non-digest as absent', () => {
    const set = createDigestSet();
    const d = digest(1);
    set.add(d.toUpperCase());
    assert.equal(set.has(d), true);
    assert.equal(set.has('notes.txt'), false);
    assert.throws(() => set.add('notes.txt'), RangeError);
  });
});
