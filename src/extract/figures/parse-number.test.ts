import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNumber } from './parse-number.ts';

/** The number read at the start of `text`: [text read, value], or null. */
function read(text: string, money = false): [string, number] | null {
  const n = parseNumber(text, 0, money);
  return n ? [text.slice(n.start, n.end), Number(n.value.toPrecision(12))] : null;
}

describe('parseNumber: digits', () => {
  const cases: [string, [string, number] | null][] = [
    ['26 ferrymen', ['26', 26]],
    ['15,000 people', ['15,000', 15000]],
    ['1,234,567.89', ['1,234,567.89', 1234567.89]],
    ['40 000 visitors', ['40 000', 40000]],
    ['2.5 million', ['2.5 million', 2500000]],
    ['322 hundred', ['322 hundred', 32200]],
    ['3 dozens', ['3 dozens', 36]],
    ['.08', ['.08', 0.08]],
    ['4.800', ['4.800', 4.8]],
    ['10k', ['10k', 10000]],
    ['1.2bn', ['1.2bn', 1200000000]],
    ['3/4', ['3/4', 0.75]],
    ['2 1/4', ['2 1/4', 2.25]],
    ['192.168.1.2', ['192', 192]],
    ['5/17/2018', ['5', 5]],
    ['4 thousand 3 hundred and 21', ['4 thousand 3 hundred and 21', 4321]],
  ];
  for (const [text, want] of cases) it(JSON.stringify(text), () => assert.deepEqual(read(text), want));

  it('digits glued to letters are no number: "9th", "29km", "1m"', () => {
    assert.equal(read('9th floor'), null);
    assert.equal(read('29km'), null);
    assert.equal(read('1m'), null);
  });

  it('"5m" is money only after a currency sign', () => {
    assert.deepEqual(read('5m', true), ['5m', 5000000]);
  });
});

describe('parseNumber: words', () => {
  const cases: [string, [string, number] | null][] = [
    ['three deaths', ['three', 3]],
    ['Twenty-six sailors', ['Twenty-six', 26]],
    ['fifty - two', ['fifty - two', 52]],
    ['one hundred and sixty-one', ['one hundred and sixty-one', 161]],
    ['two hundred and two thousand', ['two hundred and two thousand', 202000]],
    ['twenty-one trillion three hundred', ['twenty-one trillion three hundred', 21000000000300]],
    ['a dozen nets', ['a dozen', 12]],
    ['half a dozen', ['half a dozen', 6]],
    ['a hundred boats', ['a hundred', 100]],
    ['half million', ['half million', 500000]],
    ['five and a half million', ['five and a half million', 5500000]],
    ['one and a half', ['one and a half', 1.5]],
    ['two thirds of the town', ['two thirds', 0.666666666667]],
    ['a third of the town', ['a third', 0.333333333333]],
    ['two hundred point zero three', ['two hundred point zero three', 200.03]],
    ['three lakh crore', ['three lakh crore', 3e12]],
    ['one two three', ['one', 1]],
  ];
  for (const [text, want] of cases) it(JSON.stringify(text), () => assert.deepEqual(read(text), want));

  it('no number: "a third term", "hundreds", "the", "a"', () => {
    assert.equal(read('a third term'), null);
    assert.equal(read('hundreds of people'), null);
    assert.equal(read('the ferry'), null);
    assert.equal(read('a ferry'), null);
  });
});
