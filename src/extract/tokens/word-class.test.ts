/** The classes of words the tagger's lexicon lacks. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordClass } from './word-class.ts';

const shape = (word: string, start = false): number => wordClass(word, 0, word.length, start) >>> 24;

describe('wordClass', () => {
  it('tells numbers, capitals, names, lowercase words and marks apart', () => {
    assert.equal(shape('1,450'), 1);
    assert.equal(shape('4G'), 2);
    assert.equal(shape('LGBTQ'), 3);
    assert.equal(shape('Milashina'), 4);
    assert.equal(shape('Milashina', true), 5);
    assert.equal(shape('rebranding'), 6);
    assert.equal(shape('―'), 7);
  });

  it('keys by the last three letters, lowercased', () => {
    assert.equal(wordClass('Rebranding', 0, 10, false), wordClass('Outstanding', 0, 11, false));
    assert.notEqual(wordClass('rebranding', 0, 10, false), wordClass('rebranded', 0, 9, false));
    assert.equal(wordClass('x rebranding y', 2, 12, false), wordClass('rebranding', 0, 10, false), 'reads the span it is given');
  });

  it('SHAPE keeps the shape alone', () => {
    assert.equal(wordClass('rebranding', 0, 10, false) & wordClass.SHAPE, 6 << 24);
    assert.equal(shape('https://example.org'), 8);
    assert.equal(shape('press@example.com'), 8);
    assert.equal(shape('#Brannock'), 9);
    assert.equal(shape('@VossMayor'), 10);
  });
});
