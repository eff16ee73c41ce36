import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archiveDate } from './archive-date.ts';

describe('archiveDate', () => {
  it('reads WARC, ARC and odd dates as ISO 8601', () => {
    assert.equal(archiveDate('2017-03-06T04:02:06Z'), '2017-03-06T04:02:06Z');
    assert.equal(archiveDate('20140216050221'), '2014-02-16T05:02:21Z');
    assert.equal(archiveDate('201404010000000000'), '2014-04-01T00:00:00Z');
    assert.equal(archiveDate('Archive-date'), undefined);
    assert.equal(archiveDate(undefined), undefined);
  });
});
