/**
 * Tags distilled from wink-nlp: each expectation is what wink's English model gives the
 * same (fictional) text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanTokens } from './scan-tokens.ts';
import { splitSentences } from './split-sentences.ts';
import { tagTokens } from './tag-tokens.ts';
import { loadTokenModel } from './token-model.ts';

const model = loadTokenModel();

/** "word/TAG" for each token. */
function tagged(text: string): string {
  const { starts, ends } = scanTokens(text, model.tokenizer);
  const tags = tagTokens(text, starts, ends, splitSentences(text, starts, ends, model), model.tagger);
  return starts.map((s, i) => `${text.slice(s, ends[i])}/${model.tagger.tagNames[tags[i] as number]}`).join(' ');
}

describe('tagTokens', () => {
  it('"to" is PART before a verb, ADP before a name', () => {
    assert.equal(tagged('The council voted to flee to Brannock.'), 'The/DET council/NOUN voted/VERB to/PART flee/VERB to/ADP Brannock/PROPN ./PUNCT');
  });

  it('"that" is PRON after a noun, SCONJ after a reporting verb', () => {
    assert.equal(tagged('It was the bridge that failed. She said that the town was safe.'), 'It/PRON was/AUX the/DET bridge/NOUN that/PRON failed/VERB ./PUNCT She/PRON said/VERB that/SCONJ the/DET town/NOUN was/AUX safe/ADJ ./PUNCT');
  });

  it('"’s" is PART after a name, AUX after a pronoun', () => {
    assert.equal(tagged('Brannock’s mayor said it’s over.'), 'Brannock/PROPN ’s/PART mayor/NOUN said/VERB it/PRON ’s/AUX over/ADP ./PUNCT');
  });

  it('an unknown capitalised word mid-sentence is PROPN; numbers, times and marks have their tags', () => {
    assert.equal(tagged('Officials said Zyborski had left by 6pm with 1,200 residents.'), 'Officials/PROPN said/VERB Zyborski/PROPN had/AUX left/VERB by/ADP 6pm/SYM with/ADP 1,200/NUM residents/NOUN ./PUNCT');
  });

  it('tags an empty text with nothing', () => {
    assert.equal(tagTokens('', [], [], [], model.tagger).length, 0);
  });
});
