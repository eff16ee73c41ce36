import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lexemeFilter } from './lexeme-filter.ts';

describe('lexemeFilter', () => {
  it('never turns away a lexeme, and turns away most other words', () => {
    const lexemes = ["don't", 'U.S.', 'Mr.', 'e-mail', "o'clock", 'cannot', "'s", 'a.m.'];
    const bits = lexemeFilter.build(lexemes);
    for (const w of lexemes) assert.ok(lexemeFilter.test(bits, `(${w})`, 1, w.length + 1), w);
    const others = ['bridge', 'river', 'mayor', 'Brannock', 'said', 'ferry', 'council', 'Voss', 'town', 'closed'];
    assert.ok(others.filter((w) => lexemeFilter.test(bits, w, 0, w.length)).length <= 1);
  });
});
