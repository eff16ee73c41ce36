/**
 * Sentences and paragraphs, in the conventions the later stages rely on. Texts are a
 * fictional story (the river town of Brannock).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanTokens } from './scan-tokens.ts';
import { splitSentences } from './split-sentences.ts';
import { loadTokenModel } from './token-model.ts';

const model = loadTokenModel();

/** Each sentence as text, with its paragraph number when asked. */
function sentences(text: string, withParagraph = false): string[] {
  const { starts, ends } = scanTokens(text, model.tokenizer);
  return splitSentences(text, starts, ends, model).map((s) => (withParagraph ? `${s.paragraph}: ` : '') + text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('ends a sentence at ".", "!" or "?" before a capital, a digit or an opening quote', () => {
    assert.deepEqual(sentences('The river rose. It rained! Why? 3 ferries stopped. “We stay,” she said.'), ['The river rose.', 'It rained!', 'Why?', '3 ferries stopped.', '“We stay,” she said.']);
  });

  it('not before a lowercase word, and not after an ellipsis', () => {
    assert.deepEqual(sentences('“Why?” he asked. The town... The town waited.'), ['“Why?” he asked.', 'The town... The town waited.']);
  });

  it('a line break always ends one; a blank line, even with spaces in it, starts a paragraph', () => {
    assert.deepEqual(sentences('Flood warning for Brannock\nBy Anna Lind\n\nThe river rose\n \nIt rained.', true), ['0: Flood warning for Brannock', '0: By Anna Lind', '1: The river rose', '2: It rained.']);
    assert.deepEqual(sentences('\n\nThe river rose.\r\n\r\nIt rained.', true), ['0: The river rose.', '1: It rained.']);
  });

  it('keeps the closing quotes and brackets that follow the mark', () => {
    assert.deepEqual(sentences('She said: “We never had the idea.” Then it rained. (The ferry stopped.) Then it cleared.'), ['She said: “We never had the idea.”', 'Then it rained.', '(The ferry stopped.)', 'Then it cleared.']);
  });

  it('does not end one after a title or an initial, and after an abbreviation only before a function word', () => {
    assert.deepEqual(sentences('Mr. Voss met Gov. Lind and J. K. Rowling in the U.S. He left the U.S. Senate early.'), ['Mr. Voss met Gov. Lind and J. K. Rowling in the U.S.', 'He left the U.S. Senate early.']);
    assert.deepEqual(sentences('The ferry ran at 3 p.m. But not later.'), ['The ferry ran at 3 p.m.', 'But not later.']);
  });

  it('gives each token to exactly one sentence', () => {
    const text = 'One. Two!\n\n“Three?” Four.';
    const { starts, ends } = scanTokens(text, model.tokenizer);
    const s = splitSentences(text, starts, ends, model);
    assert.equal(s[0]?.tokenStart, 0);
    for (let k = 1; k < s.length; k++) assert.equal(s[k]?.tokenStart, s[k - 1]?.tokenEnd);
    assert.equal(s[s.length - 1]?.tokenEnd, starts.length);
    assert.deepEqual(splitSentences('', [], [], model), []);
  });
});
