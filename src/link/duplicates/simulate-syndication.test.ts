import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fictionalArticles } from './fictional-articles.fixture.ts';
import { seededRandom } from './seeded-random.ts';
import { simulateSyndication } from './simulate-syndication.ts';

const article = fictionalArticles.ferryStrike;

describe('simulateSyndication', () => {
  it('gives the same copy for the same seed, another for another', () => {
    assert.deepEqual(
      simulateSyndication(article, seededRandom(1), 0.7),
      simulateSyndication(article, seededRandom(1), 0.7),
    );
    assert.notEqual(
      simulateSyndication(article, seededRandom(1), 0.7).text,
      simulateSyndication(article, seededRandom(2), 0.7).text,
    );
  });
  it('marks where it put the boilerplate, and always adds a syndication notice', () => {
    const copy = simulateSyndication(article, seededRandom(5), 0.5);
    const added = copy.boilerplate.map((s) => copy.text.slice(s.start, s.end));
    assert.ok(
      added.some((line) => line.startsWith('This article was originally published on ')),
      added.join('|'),
    );
    for (const line of added) assert.ok(!article.includes(line), line);
  });
  it('edits more as strength grows, and keeps the article otherwise', () => {
    const light = simulateSyndication(article, seededRandom(8), 0);
    assert.ok(light.text.includes(article.split('\n\n')[1] ?? 'missing'));
    const heavy = simulateSyndication(article, seededRandom(8), 1);
    assert.ok(
      heavy.edits.some((e) => e.startsWith('reworded')),
      heavy.edits.join(', '),
    );
  });
});
