import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuantities } from './find-quantities.ts';

/** [whole text, amount text, kind, value, valueMax, unit, bound] for each quantity. */
function all(text: string): unknown[][] {
  return findQuantities(text).map((q) => [
    text.slice(q.start, q.end),
    text.slice(q.amount.start, q.amount.end),
    q.kind,
    q.value,
    q.valueMax ?? null,
    q.unit ?? null,
    q.bound ?? null,
  ]);
}

describe('findQuantities: percentages', () => {
  it('"45%", "45 %", "45 percent", "12 per cent", "twenty percent", "0.27 percentage points"', () => {
    assert.deepEqual(all('45%, 45 %, 45 percent, 12 per cent, twenty percent and 0.27 percentage points'), [
      ['45%', '45%', 'percent', 45, null, 'percent', null],
      ['45 %', '45 %', 'percent', 45, null, 'percent', null],
      ['45 percent', '45 percent', 'percent', 45, null, 'percent', null],
      ['12 per cent', '12 per cent', 'percent', 12, null, 'percent', null],
      ['twenty percent', 'twenty percent', 'percent', 20, null, 'percent', null],
      ['0.27 percentage points', '0.27 percentage points', 'percent', 0.27, null, 'percentage point', null],
    ]);
  });
  it('no percentages inside a URL', () => {
    assert.deepEqual(all('see https://example.org/q?x=30%25%2020 for more'), []);
  });
});

describe('findQuantities: money', () => {
  it('signs, codes and words, with scales', () => {
    assert.deepEqual(
      all(
        '$3bn, £5m, € 2 million, US$ 150 million, C$ 16.4 million, USD 200, 5 dollars, 323 million euros, 50 cents, 50p',
      ),
      [
        ['$3bn', '$3bn', 'currency', 3e9, null, 'USD', null],
        ['£5m', '£5m', 'currency', 5e6, null, 'GBP', null],
        ['€ 2 million', '€ 2 million', 'currency', 2e6, null, 'EUR', null],
        ['US$ 150 million', 'US$ 150 million', 'currency', 150e6, null, 'USD', null],
        ['C$ 16.4 million', 'C$ 16.4 million', 'currency', 16.4e6, null, 'CAD', null],
        ['USD 200', 'USD 200', 'currency', 200, null, 'USD', null],
        ['5 dollars', '5 dollars', 'currency', 5, null, 'USD', null],
        ['323 million euros', '323 million euros', 'currency', 323e6, null, 'EUR', null],
        ['50 cents', '50 cents', 'currency', 50, null, 'cent', null],
        ['50p', '50p', 'currency', 50, null, 'penny', null],
      ],
    );
  });
  it('dollars and cents as one amount: "3 dollars 50 cents"', () => {
    assert.deepEqual(all('it cost 3 dollars 50 cents'), [
      ['3 dollars 50 cents', '3 dollars 50 cents', 'currency', 3.5, null, 'USD', null],
    ]);
  });
});

describe('findQuantities: ranges and bounds', () => {
  it('ranges, with the scale, sign or percent of one end applied to both', () => {
    assert.deepEqual(all('20 to 30, 20-30%, $20-30m, between 5 and 8, from 200 to 300'), [
      ['20 to 30', '20 to 30', 'number', 20, 30, null, null],
      ['20-30%', '20-30%', 'percent', 20, 30, 'percent', null],
      ['$20-30m', '$20-30m', 'currency', 20e6, 30e6, 'USD', null],
      ['between 5 and 8', '5 and 8', 'number', 5, 8, null, null],
      ['from 200 to 300', '200 to 300', 'number', 200, 300, null, null],
    ]);
  });
  it('changes, scores and codes are no ranges: "rose from 20 to 30", "3-1", "1995-01"', () => {
    assert.deepEqual(
      all('rose from 20 to 30').map((q) => q[3]),
      [20, 30],
    );
    assert.deepEqual(
      all('won 3-1').map((q) => q[4]),
      [null, null],
    );
    assert.deepEqual(
      all('1995-01').map((q) => q[4]),
      [null, null],
    );
  });
  it('one-sided bounds', () => {
    assert.deepEqual(
      all('more than 40, at least 3, up to 700, fewer than a thousand, five hundred or more').map((q) => [
        q[0],
        q[3],
        q[6],
      ]),
      [
        ['more than 40', 40, 'gt'],
        ['at least 3', 3, 'ge'],
        ['up to 700', 700, 'le'],
        ['fewer than a thousand', 1000, 'lt'],
        ['five hundred or more', 500, 'ge'],
      ],
    );
  });
  it('bounds can be left unread', () => {
    assert.equal(findQuantities('more than 40', { bounds: false })[0]?.bound, undefined);
  });
});

describe('findQuantities: what is no number', () => {
  it('"one" after a determiner is a pronoun', () => {
    assert.deepEqual(all('The one you mentioned; which one; one another'), []);
  });
  it('digits glued to a word: "G20", "A380", "9th", "29km"', () => {
    assert.deepEqual(all('G20, A380, 9th, 29km'), []);
  });
  it('reads only between from and to, at the seeds given', () => {
    const text = 'On May 30 100 people came.';
    assert.deepEqual(
      findQuantities(text, { from: 9 }).map((q) => q.value),
      [100],
    );
    assert.deepEqual(
      findQuantities(text, { seeds: [text.indexOf('100')] }).map((q) => q.value),
      [100],
    );
  });
});
