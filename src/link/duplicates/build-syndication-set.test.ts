import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSyndicationSet } from './build-syndication-set.ts';
import { fictionalArticles } from './fictional-articles.fixture.ts';

const articles = [
  { id: 'strike', section: 'local', text: fictionalArticles.ferryStrike },
  { id: 'tourism', section: 'local', text: fictionalArticles.ferryTourism },
  { id: 'football', section: 'sport', text: fictionalArticles.footballManager },
  { id: 'kettle', section: 'tech', text: fictionalArticles.solarKettle },
  { id: 'strike-again', section: 'local', text: `${fictionalArticles.ferryStrike}  ` },
];

describe('buildSyndicationSet', () => {
  it('drops repeats, copies the sources, and pairs them with same-section negatives', () => {
    const set = buildSyndicationSet(articles, { sources: 2, seed: 11, nearest: 1 });
    assert.deepEqual(set.dropped, ['strike-again']);
    const copies = set.items.filter((it) => it.id !== it.family);
    assert.equal(set.items.length - copies.length, 4);
    assert.ok(
      copies.every(
        (c) =>
          set.sources.includes(c.family) &&
          c.published > (set.items.find((it) => it.id === c.family)?.published ?? ''),
      ),
    );
    let pairs = 0;
    for (const s of set.sources) {
      const n = set.items.filter((it) => it.family === s).length;
      pairs += (n * (n - 1)) / 2;
    }
    assert.equal(set.duplicatePairs, pairs);
    for (const [member, negative] of set.hardNegatives) {
      const family = set.items.find((it) => it.id === member)?.family;
      assert.equal(
        articles.find((a) => a.id === negative)?.section,
        articles.find((a) => a.id === family)?.section,
      );
    }
  });
  it('is the same for the same seed', () => {
    assert.deepEqual(
      buildSyndicationSet(articles, { sources: 3, seed: 4 }),
      buildSyndicationSet(articles, { sources: 3, seed: 4 }),
    );
  });
});
