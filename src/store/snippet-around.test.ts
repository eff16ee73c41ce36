import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchTerms } from './search-terms.ts';
import { snippetAround } from './snippet-around.ts';

describe('snippetAround', () => {
  const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');

  it('shows some words before and more after the first match, marking the cuts', () => {
    const snippet = snippetAround([long.replace('w30', 'Bridge')], searchTerms('bridge'));
    assert.equal(
      snippet,
      '…w22 w23 w24 w25 w26 w27 w28 w29 Bridge w31 w32 w33 w34 w35 w36 w37 w38 w39 w40 w41 w42 w43 w44 w45 w46…',
    );
  });

  it('prefers a whole multi-word term, and falls back to the next text, then to the start', () => {
    const text = 'the bridge fell. Later the Hollin Bridge reopened.';
    assert.match(
      snippetAround([text], searchTerms('hollin-bridge')),
      /^the bridge fell\. Later the Hollin Bridge/,
    );
    assert.equal(
      snippetAround(['nothing here', 'Title with Bridge'], searchTerms('bridge')),
      'Title with Bridge',
    );
    assert.equal(snippetAround(['nothing  here'], searchTerms('bridge')), 'nothing here');
    assert.equal(snippetAround(['', 'x'], searchTerms('bridge')), '');
    assert.equal(snippetAround(['---'], searchTerms('bridge')), '---');
  });
});
