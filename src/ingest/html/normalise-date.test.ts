import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseDate } from './normalise-date.ts';

describe('normaliseDate', () => {
  it('keeps the calendar date as written', () => {
    assert.equal(normaliseDate('2020-03-01T23:30:00-05:00'), '2020-03-01');
    assert.equal(normaliseDate('2020/3/1'), '2020-03-01');
    assert.equal(normaliseDate('20200301T120000Z'), '2020-03-01');
  });

  it('reads English dates in words', () => {
    assert.equal(normaliseDate('Sun, 01 Mar 2020 10:00:00 GMT'), '2020-03-01');
    assert.equal(normaliseDate('March 1st, 2020'), '2020-03-01');
    assert.equal(normaliseDate('Published 14 September 2031'), '2031-09-14');
    assert.equal(normaliseDate('Sept. 4, 2019'), '2019-09-04');
  });

  it('refuses what cannot be told or is not a date', () => {
    for (const v of [undefined, '', '01/03/2020', 'yesterday', '2020-02-30', '1850-01-01'])
      assert.equal(normaliseDate(v), undefined);
  });
});
