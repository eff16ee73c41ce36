import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIsoDate } from './format-iso-date.ts';
import { referenceDate } from './reference-date.ts';

describe('formatIsoDate', () => {
  it('writes each precision', () => {
    assert.equal(formatIsoDate(2017, 5, 26, 'day'), '2017-05-26');
    assert.equal(formatIsoDate(2017, 3, 1, 'month'), '2017-03');
    assert.equal(formatIsoDate(2016, 5, 30, 'year'), '2016');
  });
  it('ISO weeks, across the turn of the year', () => {
    assert.equal(formatIsoDate(2017, 5, 23, 'week'), '2017-W21');
    assert.equal(formatIsoDate(2021, 1, 1, 'week'), '2020-W53');
    assert.equal(formatIsoDate(2019, 12, 30, 'week'), '2020-W01');
  });
  it('a weekend as its Saturday, from either of its days', () => {
    assert.equal(formatIsoDate(2017, 5, 27, 'weekend'), '2017-05-27');
    assert.equal(formatIsoDate(2017, 5, 28, 'weekend'), '2017-05-27');
  });
});

describe('referenceDate', () => {
  it('reads ISO dates and date-times, and rejects the rest', () => {
    assert.deepEqual(referenceDate('2017-05-30T08:12:00Z')?.day, 30);
    assert.deepEqual(referenceDate('2017-05')?.day, 15);
    assert.equal(referenceDate('30 May 2017'), null);
    assert.equal(referenceDate('2017-02-30'), null);
    assert.equal(referenceDate(undefined), null);
  });
});
