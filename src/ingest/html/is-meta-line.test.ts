import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMetaLine } from './is-meta-line.ts';

describe('isMetaLine', () => {
  it('knows dates, category and tag lists, comment counts and bylines, alone or in a row', () => {
    for (const l of [
      'March 3, 2031 at 9:15 AM | categories: Ferries, Council | View Comments',
      'News date : 04/21/2031 Category : Press Releases',
      '14 Mar 2031',
      'Posted on November 2, 2030',
      'By Jane Example · 4 min read',
      '|',
      '• • •',
    ])
      assert.ok(isMetaLine(l), l);
  });

  it('leaves sentences alone, dates in them or not', () => {
    for (const l of [
      'The ferry first sailed on March 3, 2031.',
      'By the time the council met, the harbour had flooded.',
      'Category B prisoners were moved on Tuesday.',
      '2031',
    ])
      assert.ok(!isMetaLine(l), l);
  });
});
