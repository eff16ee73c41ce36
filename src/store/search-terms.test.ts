import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasTerms } from './has-terms.ts';
import { searchTerms } from './search-terms.ts';
import { wordKey } from './word-key.ts';
import { speakerKey } from './speaker-key.ts';

describe('searchTerms', () => {
  it('cuts plain text into terms of folded words, dropping anything that is not a word', () => {
    assert.deepEqual(searchTerms('Hollin  BRIDGE'), [['hollin'], ['bridge']]);
    assert.deepEqual(searchTerms("don't U.S. Zürich"), [['don', 't'], ['u', 's'], ['zurich']]);
    assert.deepEqual(searchTerms('NEAR( col:foo "bridge*'), [['near'], ['col', 'foo'], ['bridge']]);
    for (const empty of ['', '   ', '*', '"', '--', '\u0000', '()', '\u00a0']) {
      assert.deepEqual(searchTerms(empty), [], JSON.stringify(empty));
    }
    assert.equal(searchTerms('w '.repeat(100)).length, 32);
  });
});

describe('hasTerms', () => {
  const text = 'Engineer Kasimir Vell said the cracks were "older than anyone admits". Don’t panic, Zoë.';
  it('wants every term, each as consecutive words, in any case and without diacritics', () => {
    assert.equal(hasTerms(text, searchTerms('CRACKS older')), true);
    assert.equal(hasTerms(text, searchTerms('than-anyone')), true);
    assert.equal(hasTerms(text, searchTerms('anyone-than')), false);
    assert.equal(hasTerms(text, searchTerms('cracks zebra')), false);
    assert.equal(hasTerms(text, searchTerms('zoe DON’T')), true);
    assert.equal(hasTerms(text, searchTerms('crack')), false);
    assert.equal(hasTerms(text, []), false);
  });
});

describe('wordKey and speakerKey', () => {
  it('fold alike what filters compare', () => {
    assert.equal(wordKey('Deaths of gay & bisexual MEN'), ' deaths of gay bisexual men ');
    assert.equal(wordKey('—'), ' ');
    assert.equal(speakerKey('  Zoë   ÄBERG '), 'zoë äberg');
  });
});
