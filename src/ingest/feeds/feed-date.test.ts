import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feedDate } from './feed-date.ts';

describe('feedDate', () => {
  it('reads RFC 822 dates, with zones by offset or name, and two-digit years', () => {
    assert.equal(feedDate('Wed, 31 Jan 2018 07:26:05 GMT'), '2018-01-31T07:26:05.000Z');
    assert.equal(feedDate('Tue, 14 May 2024 09:30:00 +0100'), '2024-05-14T08:30:00.000Z');
    assert.equal(feedDate('14 May 2024 09:30 EDT'), '2024-05-14T13:30:00.000Z');
    assert.equal(feedDate('Wednesday, 15-May-24 18:05:00 PST'), '2024-05-16T02:05:00.000Z');
    assert.equal(feedDate(' Sat, 1 Jun 1996 00:00:00 Z '), '1996-06-01T00:00:00.000Z');
  });

  it('reads W3C-DTF / ISO 8601, a date alone as midnight UTC, no zone as UTC', () => {
    assert.equal(feedDate('2017-06-15T10:29:47-07:00'), '2017-06-15T17:29:47.000Z');
    assert.equal(feedDate('2017-06-15T10:29:47.25Z'), '2017-06-15T10:29:47.250Z');
    assert.equal(feedDate('2017-06-15'), '2017-06-15T00:00:00.000Z');
    assert.equal(feedDate('2017-06'), '2017-06-01T00:00:00.000Z');
    assert.equal(feedDate('2017-06-15 10:29'), '2017-06-15T10:29:00.000Z');
    assert.equal(feedDate('20170615T102947Z'), '2017-06-15T10:29:47.000Z');
  });

  it('gives undefined for what is no date', () => {
    for (const s of [undefined, '', '   ', 'yesterday-ish', 'Τρι, 29 Ιούν 2004 12:53:00 GMT', '2017-13-45']) assert.equal(feedDate(s), undefined, String(s));
  });
});
