import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceSet } from './sentence-set.ts';
import { sharedSentenceShare } from './shared-sentence-share.ts';

describe('sharedSentenceShare', () => {
  it('is the share of the smaller text’s sentences found verbatim in the other', () => {
    const a = sentenceSet('The ferry left the quay at noon. Crews said the rota was unfair to them. Ok.');
    const b = sentenceSet(
      'Crews said the  rota was unfair to them.\nThe council laid on two buses for commuters.',
    );
    assert.equal(a.size, 2); // "Ok." is too short to count
    assert.equal(sharedSentenceShare(a, b), 0.5);
    assert.equal(sharedSentenceShare(a, new Set()), 0);
  });
});
