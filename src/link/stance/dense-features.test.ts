import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from './analyse-text.ts';
import { buildVectoriser } from './build-vectoriser.ts';
import { DENSE_FEATURES, denseFeatures } from './dense-features.ts';
import { fictionalPairs } from './fictional-pairs.ts';

const texts = [...new Set(fictionalPairs().flatMap((p) => [p.claim, p.text]))].map(analyseText);
const v = buildVectoriser(texts, 100, ['claim', 'text']);
const feature = (claim: string, text: string, name: string): number => {
  const f = denseFeatures(v, analyseText(claim), analyseText(text));
  assert.equal(f.length, DENSE_FEATURES.length);
  return f[DENSE_FEATURES.indexOf(name)] as number;
};

const CLAIM = 'Hillbury zoo penguin learns to ride a skateboard';

describe('denseFeatures', () => {
  it('measures how much of the claim the text covers', () => {
    const same = 'A penguin at Hillbury zoo learns to ride a skateboard, keepers say.';
    const other = 'The Northvale bakery sold cinnamon buns all day.';
    assert.equal(feature(CLAIM, same, 'idf-coverage'), 1);
    assert.equal(feature(CLAIM, other, 'idf-coverage'), 0);
    assert.ok(feature(CLAIM, same, 'cosine') > 0.5);
    assert.equal(feature(CLAIM, other, 'cosine'), 0);
    assert.ok(feature(CLAIM, same, 'bm25') > feature(CLAIM, 'A zoo opened.', 'bm25'));
  });

  it('counts refuting and hedging words in the sentences nearest the claim', () => {
    const body = [
      'The weather in Hillbury was mild.',
      'Keepers said the video of the penguin on a skateboard was a hoax and denied it.',
      'Tickets cost ten crowns.',
    ].join(' ');
    assert.ok(feature(CLAIM, body, 'near-refuting') > 0);
    assert.equal(feature(CLAIM, body, 'near-hedging'), 0);
    const hedged = 'The penguin reportedly learns to ride a skateboard, according to unconfirmed posts.';
    assert.ok(feature(CLAIM, hedged, 'near-hedging') > 0);
  });

  it('notices a shared word that the text negates and the claim does not', () => {
    assert.ok(
      feature(
        'Mayor Ola Example resigns',
        'Mayor Ola Example has not resigned, aides say',
        'negated-shared',
      ) > 0,
    );
    assert.equal(
      feature('Mayor Ola Example resigns', 'Mayor Ola Example resigned today', 'negated-shared'),
      0,
    );
  });

  it('counts hedging words the text adds, not those it repeats from the claim', () => {
    const claim = 'Seatown man claims he saw a purple squid';
    assert.equal(feature(claim, 'Seatown man claims he saw a purple squid', 'novel-hedging'), 0);
    assert.ok(feature(claim, 'Seatown man reportedly saw a purple squid', 'novel-hedging') > 0);
  });
});
