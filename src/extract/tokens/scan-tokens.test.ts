/**
 * The scanner cuts where wink-nlp's tokeniser cuts. Texts are a fictional story (the
 * river town of Brannock); each expectation is what wink-nlp 2.4 makes of the same text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanTokens } from './scan-tokens.ts';
import { loadTokenModel } from './token-model.ts';

const model = loadTokenModel();

function tokens(text: string): string[] {
  const { starts, ends } = scanTokens(text, model.tokenizer);
  return starts.map((s, i) => text.slice(s, ends[i]));
}

describe('scanTokens: words and marks', () => {
  it('cuts a closing mark from a word, and keeps the offsets exact', () => {
    const text = 'Mayor Voss said, on Friday, that the bridge was safe.';
    assert.deepEqual(tokens(text), ['Mayor', 'Voss', 'said', ',', 'on', 'Friday', ',', 'that', 'the', 'bridge', 'was', 'safe', '.']);
    const { starts, ends } = scanTokens(text, model.tokenizer);
    assert.equal(text.slice(starts[3], ends[3]), ',');
  });

  it('cuts opening and closing quotes, curly and straight', () => {
    assert.deepEqual(tokens('“We never had the idea,” she said. "Yes."'), ['“', 'We', 'never', 'had', 'the', 'idea', ',', '”', 'she', 'said', '.', '"', 'Yes', '.', '"']);
    assert.deepEqual(tokens('(AP) [sic]'), ['(', 'AP', ')', '[', 'sic', ']']);
  });

  it('splits contractions like wink: "don\'t" → "do" "n\'t", "can\'t" → "ca" "n\'t"', () => {
    assert.deepEqual(tokens("I don't think she can't or won't."), ['I', 'do', "n't", 'think', 'she', 'ca', "n't", 'or', 'wo', "n't", '.']);
    assert.deepEqual(tokens('We don’t know'), ['We', 'do', 'n’t', 'know']);
    // "cannot" alone expands; before a mark wink leaves it whole
    assert.deepEqual(tokens('They cannot say. They cannot.'), ['They', 'can', 'not', 'say', '.', 'They', 'cannot', '.']);
  });

  it('splits possessives and "it\'s" with curly and straight apostrophes', () => {
    assert.deepEqual(tokens("it's Brannock’s bridge and Voss's town"), ['it', "'s", 'Brannock', '’s', 'bridge', 'and', 'Voss', "'s", 'town']);
  });

  it('keeps abbreviations with their period', () => {
    assert.deepEqual(tokens('The U.S. envoy met Mr. Voss and Gov. Lind in Sept. 2021.'), ['The', 'U.S.', 'envoy', 'met', 'Mr.', 'Voss', 'and', 'Gov.', 'Lind', 'in', 'Sept.', '2021', '.']);
    assert.deepEqual(tokens('the U.S.-based firm (U.S.)'), ['the', 'U.S.', '-', 'based', 'firm', '(', 'U.S.', ')']);
  });

  it('splits hyphenated words unless a prefix or suffix keeps them', () => {
    assert.deepEqual(tokens('a newly-launched ferry'), ['a', 'newly', '-', 'launched', 'ferry']);
    assert.deepEqual(tokens('a 17-year-old clerk'), ['a', '17', '-', 'year', '-', 'old', 'clerk']);
    assert.deepEqual(tokens('an anti-GOP e-mail, co-operate'), ['an', 'anti-GOP', 'e-mail', ',', 'co-operate']);
  });

  it('keeps numbers with their separators and cuts currency and percent signs', () => {
    assert.deepEqual(tokens('It cost $15, or 15,000 euros (2.5%) in 2015-16.'), ['It', 'cost', '$', '15', ',', 'or', '15,000', 'euros', '(', '2.5', '%', ')', 'in', '2015-16', '.']);
    assert.deepEqual(tokens('£1.5bn at 3pm on the 22nd'), ['£', '1.5', 'bn', 'at', '3pm', 'on', 'the', '22nd']);
    assert.deepEqual(tokens('the 1990s, the \'90s and the mid-1990s'), ['the', '1990s', ',', 'the', "'90s", 'and', 'the', 'mid-1990s']);
  });

  it('keeps addresses, hashtags and mentions whole', () => {
    assert.deepEqual(tokens('See https://example.org/a?b=1 or write to press@example.com #Brannock @VossMayor'), ['See', 'https://example.org/a?b=1', 'or', 'write', 'to', 'press@example.com', '#Brannock', '@VossMayor']);
  });

  it('keeps "..." and "--" whole and makes every other mark a token', () => {
    assert.deepEqual(tokens('Well... the bridge -- closed; shut!'), ['Well', '...', 'the', 'bridge', '--', 'closed', ';', 'shut', '!']);
  });

  it('never puts a space or a line break in a token, and points into the text exactly', () => {
    const text = 'Zürich – café\u00a0owner\r\n\r\n“Ça va,” he said.\tThe end';
    const { starts, ends } = scanTokens(text, model.tokenizer);
    for (let i = 0; i < starts.length; i++) {
      const t = text.slice(starts[i], ends[i]);
      assert.ok(t.length > 0 && !/\s/.test(t), `token ${JSON.stringify(t)}`);
      if (i > 0) assert.ok((starts[i] as number) >= (ends[i - 1] as number));
    }
    assert.deepEqual(tokens(text), ['Zürich', '–', 'café', 'owner', '“', 'Ça', 'va', ',', '”', 'he', 'said', '.', 'The', 'end']);
  });

  it('makes nothing of an empty or blank text', () => {
    assert.deepEqual(tokens(''), []);
    assert.deepEqual(tokens(' \n\t '), []);
  });
});
