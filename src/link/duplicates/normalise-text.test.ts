import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseText } from './normalise-text.ts';

describe('normaliseText', () => {
  it('ignores case, punctuation, quotes, dashes and spacing', () => {
    const a = normaliseText('The mayor said: “We won’t close the pier” —\n\n  not this year.');
    const b = normaliseText('the MAYOR said "we wont close the pier" - not this year');
    assert.equal(a, 'the mayor said we wont close the pier not this year');
    assert.equal(a, b);
  });
  it('folds accents, ligatures and number separators', () => {
    assert.equal(normaliseText('Café ﬁnances: 1,200 or 3.5%'), 'cafe finances 1200 or 35');
  });
  it('keeps words on either side of a separator apart', () => {
    assert.equal(normaliseText('ferry/harbour'), 'ferry harbour');
    assert.equal(normaliseText('end.Start'), 'end start');
  });
  it('leaves out the spans to ignore, without joining the words around them', () => {
    const text = 'SUBSCRIBE NOW\nThe pier reopened.Share this article\nCrowds came.';
    const banner = { start: 0, end: 13 };
    const share = { start: text.indexOf('Share'), end: text.indexOf('\nCrowds') };
    assert.equal(normaliseText(text, [share, banner]), 'the pier reopened crowds came');
  });
  it('accepts overlapping and out-of-range spans', () => {
    assert.equal(
      normaliseText('one two three', [
        { start: 0, end: 4 },
        { start: 2, end: 3 },
        { start: 10, end: 99 },
      ]),
      'two th',
    );
  });
  it('gives an empty string for a text without words', () => {
    assert.equal(normaliseText(' — … \n'), '');
  });
});
