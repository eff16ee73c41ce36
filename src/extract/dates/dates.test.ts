/**
 * The dates stage on a fictional story (the river town of Brannock in Karsovia), after the
 * real tokens stage. Unless a test says otherwise the paper is dated Tuesday 30 May 2017.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStageContext } from '../create-stage-context.ts';
import { emptyAnalysis } from '../pipeline.ts';
import { tokenize } from '../tokens/tokenize.ts';
import { dates } from './dates.ts';

const ctx = createStageContext();

/** [text, value] of each date found; `published` null means the document has no date. */
function found(text: string, published: string | null = '2017-05-30'): [string, string][] {
  const doc = { id: 'dates-test', name: 'dates-test', uri: 'test:dates', mediaType: 'text/plain', text, encoding: 'utf-8', byteLength: text.length, ...(published ? { published } : {}) };
  const a = dates.run(tokenize.run(emptyAnalysis(doc), ctx), ctx);
  for (const d of a.dates) assert.equal(text.slice(d.start, d.end), d.text, 'offsets point at the text');
  return a.dates.map((d) => [d.text, d.value]);
}

describe('dates: resolved against the publication date', () => {
  it('a month, and a period since the beginning of the year', () => {
    assert.deepEqual(found('The Brannock Courier reported three deaths in March and 26 since the beginning of the year.'), [
      ['March', '2017-03'],
      ['the beginning of the year', '2017'],
    ]);
  });
  it('a day without a year, a bare year, last year', () => {
    assert.deepEqual(found('The ferry sank on May 26. In 2016 it had been repaired, and last year it was sold.'), [
      ['May 26', '2017-05-26'],
      ['2016', '2016'],
      ['last year', '2016'],
    ]);
  });
  it('over the weekend: its Saturday', () => {
    assert.deepEqual(found('Crowds gathered on the quay over the weekend.'), [['weekend', '2017-05-27']]);
  });
  it('weeks as ISO weeks, months and days ago', () => {
    assert.deepEqual(found('Two weeks ago the bridge closed; last week it reopened, last month it was painted, yesterday it rained.'), [
      ['Two weeks ago', '2017-W20'],
      ['last week', '2017-W21'],
      ['last month', '2017-04'],
      ['yesterday', '2017-05-29'],
    ]);
  });
  it('a weekday is the one before, unless the sentence speaks of the future', () => {
    assert.deepEqual(found('On Friday the mayor resigned.'), [['Friday', '2017-05-26']]);
    assert.deepEqual(found('On Friday the council will vote.'), [['Friday', '2017-06-02']]);
  });
  it('a month later in the year than the paper is last year’s', () => {
    assert.deepEqual(found('The quay was rebuilt in September.'), [['September', '2016-09']]);
  });
  it('ranges as ISO intervals', () => {
    assert.deepEqual(found('The ferry ran from March to May, and the works lasted 2014-2016.'), [
      ['March to May', '2017-03/2017-05'],
      ['2014-2016', '2014/2016'],
    ]);
    assert.deepEqual(found('Between 2014 and 2016 and in the 2016-17 season the river rose.'), [
      ['2014 and 2016', '2014/2016'],
      ['2016-17', '2016/2017'],
    ]);
  });
  it('parts of periods and hyphenated months: "the end of last year", "mid-May"', () => {
    assert.deepEqual(found('By the end of last year and again in mid-May the quay flooded.'), [
      ['the end of last year', '2016'],
      ['mid-May', '2017-05'],
    ]);
  });
});

describe('dates: datelines and full dates', () => {
  it('a dateline with commas, and a full date', () => {
    assert.deepEqual(found('JUNE, 3, 2019\nThe council met on December, 26, 2016 and in March 2017.'), [
      ['JUNE, 3, 2019', '2019-06-03'],
      ['December, 26, 2016', '2016-12-26'],
      ['March 2017', '2017-03'],
    ]);
  });
});

describe('dates: what is no date', () => {
  it('month and weekday names in other senses', () => {
    assert.deepEqual(found('They march on. You may go. He sat in the boat. June Tolen said so. May was wet.'), []);
  });
  it('times, durations, fractions and "now"', () => {
    assert.deepEqual(found('At 5pm, for three years, within two weeks, in the past two years, 1/2 of them, right now.'), []);
  });
  it('weekdays in names, parts of days alone, a time in four digits', () => {
    assert.deepEqual(found('The Sunday Courier said on Sunday that the Mail on Sunday and Saturday Night Quiz were wrong.'), [['Sunday', '2017-05-28']]);
    assert.deepEqual(found('It was a long night. The news airs at 2100 GMT.'), []);
  });
  it('a weekday range keeps its order: "from Monday to Wednesday"', () => {
    assert.deepEqual(found('The ferry ran from Monday to Wednesday.'), [['Monday to Wednesday', '2017-05-29/2017-05-31']]);
  });
  it('a four-digit count: "2000 people"', () => {
    assert.deepEqual(found('About 2000 people came; the 2003 results were better.'), [['2003', '2003']]);
  });
});

describe('dates: without a publication date', () => {
  it('keeps what the text dates in full and leaves relative dates out', () => {
    assert.deepEqual(found('On May 26 and last year, but also in March 2017, on December 26, 2016 and in 2015.', null), [
      ['March 2017', '2017-03'],
      ['December 26, 2016', '2016-12-26'],
      ['2015', '2015'],
    ]);
  });
});
