import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { similarPairs } from './similar-pairs.ts';
import { cosine, tfidf } from './tfidf.ts';

/** A small seeded generator, so that a failure repeats. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('similarPairs', () => {
  it('finds exactly the pairs that comparing every pair finds', () => {
    const next = random(7);
    // statements over a small vocabulary with a few very common words, as in one story
    const vocabulary = ['harbour', 'pumps', 'flooded', 'miners', 'governor', 'denied', 'deaths', 'kestrel', 'ridge', 'ministry', 'figures', 'exaggerated', 'union', 'strike', 'rescue', 'shaft', 'copper', 'velm', 'council', 'safety'];
    const texts = Array.from({ length: 300 }, () => {
      const n = 3 + Math.floor(next() * 8);
      return Array.from({ length: n }, () => vocabulary[Math.floor(next() ** 2 * vocabulary.length)]).join(' ');
    });
    const model = tfidf(texts);
    for (const threshold of [0.3, 0.6, 0.9]) {
      const fast = similarPairs(model.vectors, threshold, model.idf);
      const slow = model.vectors.map((a, i) => model.vectors.flatMap((b, j) => (j > i && cosine(a, b) >= threshold ? [j] : [])));
      assert.deepEqual(fast, slow, `threshold ${threshold}`);
      assert.ok(slow.some((l) => l.length > 0));
    }
  });
});
