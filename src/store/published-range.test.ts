import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../domain/errors.ts';
import { publishedRange } from './published-range.ts';

describe('publishedRange', () => {
  it('keeps both ends inclusive by prefix', () => {
    const { min, max } = publishedRange('2031-04', '2031-04-09');
    const within = (d: string) => (min === undefined || d >= min) && (max === undefined || d <= max);
    for (const d of ['2031-04-01', '2031-04-09', '2031-04-09T23:59:59+02:00']) assert.ok(within(d), d);
    for (const d of ['2031-03-31', '2031-04-10', '2032']) assert.ok(!within(d), d);
    assert.deepEqual(publishedRange(undefined, undefined), {});
  });

  it('refuses what is not an ISO date', () => {
    for (const bad of ['', 'yesterday', '31/04/2031', '2031-4', "2031' --"]) {
      assert.throws(() => publishedRange(bad, undefined), UsageError, bad);
      assert.throws(() => publishedRange(undefined, bad), UsageError, bad);
    }
  });
});
