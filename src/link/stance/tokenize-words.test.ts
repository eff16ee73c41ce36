import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stemWord } from './stem-word.ts';
import { tokenizeWords } from './tokenize-words.ts';

describe('tokenizeWords', () => {
  it('splits negations off and drops possessives: "isn\'t" is "is not"', () => {
    assert.deepEqual(tokenizeWords("The mayor isn't the ferry board's friend"), [
      'the',
      'mayor',
      'is',
      'not',
      'the',
      'ferri',
      'board',
      'friend',
    ]);
    assert.deepEqual(tokenizeWords('She cannot confirm it; we don’t know'), [
      'she',
      'can',
      'not',
      'confirm',
      'it',
      'we',
      'do',
      'not',
      'know',
    ]);
  });

  it('stems inflections of one word to the same stem', () => {
    assert.equal(stemWord('denies'), stemWord('denied'));
    assert.equal(stemWord('deny'), stemWord('denied'));
    assert.equal(stemWord('claims'), stemWord('claimed'));
    assert.equal(stemWord('reports'), stemWord('reporting'));
    assert.equal(stemWord('bus'), 'bus');
    assert.equal(stemWord('2015s'), '2015s');
  });
});
