import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createDuplicateIndex } from './create-duplicate-index.ts';
import { fictionalArticles } from './fictional-articles.fixture.ts';
import { seededRandom } from './seeded-random.ts';
import { simulateSyndication } from './simulate-syndication.ts';

const { ferryStrike, ferryTourism, footballManager, solarKettle } = fictionalArticles;
const originals = () => {
  const index = createDuplicateIndex();
  for (const [id, text] of Object.entries(fictionalArticles)) assert.deepEqual(index.add({ id, text }), []);
  return index;
};

describe('createDuplicateIndex', () => {
  it('finds an exact duplicate, however it is spaced, cased and quoted', () => {
    const index = originals();
    const copy = ferryStrike.replace(/'/gu, '’').replace(/\n\n/gu, '\n').toUpperCase();
    const [match, ...rest] = index.add({ id: 'copy', text: copy, published: '2024-10-08' });
    assert.deepEqual(rest, []);
    assert.equal(match?.id, 'ferryStrike');
    assert.equal(match?.exact, true);
    assert.equal(match?.jaccard, 1);
    // A third copy matches both earlier ones.
    assert.deepEqual(
      index.add({ id: 'again', text: ferryStrike }).map((m) => [m.id, m.exact]),
      [
        ['copy', true],
        ['ferryStrike', true],
      ],
    );
  });
  it('finds edited copies: headline changed, paragraphs cut and added, reworded, wrapped in boilerplate', () => {
    const index = originals();
    const random = seededRandom(42);
    for (let i = 0; i < 12; i++) {
      const copy = simulateSyndication(ferryStrike, random, 0.6);
      const matches = index.add({ id: `copy${i}`, text: copy.text });
      const source = matches.find((m) => m.id === 'ferryStrike');
      assert.ok(source, `copy ${i} (${copy.edits.join(', ')}) not matched`);
      assert.equal(source.exact, false);
      assert.ok(source.containment >= index.settings.threshold);
      assert.ok(
        !matches.some((m) => !m.id.startsWith('copy') && m.id !== 'ferryStrike'),
        `copy ${i} matched another article`,
      );
    }
  });
  it('finds a copy cut to its first half by containment, though Jaccard is low', () => {
    const index = originals();
    const half = ferryStrike.split('\n\n').slice(0, 3).join('\n\n');
    const [match] = index.add({ id: 'half', text: half });
    assert.equal(match?.id, 'ferryStrike');
    assert.ok((match?.jaccard ?? 1) < 0.7 && (match?.containment ?? 0) > 0.85);
  });
  it('does not match unrelated articles, nor different articles on the same story', () => {
    const index = createDuplicateIndex();
    index.add({ id: 'strike', text: ferryStrike });
    assert.deepEqual(index.add({ id: 'tourism', text: ferryTourism }), []);
    assert.deepEqual(index.add({ id: 'football', text: footballManager }), []);
    assert.deepEqual(index.add({ id: 'kettle', text: solarKettle }), []);
  });
  it('compares article text only when given the boilerplate spans', () => {
    const index = createDuplicateIndex();
    index.add({ id: 'kettle', text: solarKettle });
    const wrapped = `SUBSCRIBE TO OUR NEWSLETTER\n\n${solarKettle}\nShare this article\n`;
    const spans = [
      { start: 0, end: 27 },
      { start: wrapped.indexOf('Share'), end: wrapped.length },
    ];
    assert.equal(index.add({ id: 'raw', text: wrapped })[0]?.exact, false);
    assert.equal(
      index.add({ id: 'marked', text: wrapped, ignore: spans }).find((m) => m.id === 'kettle')?.exact,
      true,
    );
  });
  it('returns the earlier document’s date, and keeps no second entry for a repeated id', () => {
    const index = createDuplicateIndex();
    index.add({ id: 'a', text: footballManager, published: '2024-09-01T10:00:00Z' });
    assert.equal(index.add({ id: 'b', text: footballManager })[0]?.published, '2024-09-01T10:00:00Z');
    assert.deepEqual(
      index.add({ id: 'a', text: footballManager }).map((m) => m.id),
      ['b'],
    );
    assert.equal(index.size, 2);
  });
  it('matches nothing for a text without words, and does not index it', () => {
    const index = createDuplicateIndex();
    assert.deepEqual(index.add({ id: 'x', text: '— …' }), []);
    assert.deepEqual(index.add({ id: 'y', text: '— …' }), []);
    assert.equal(index.size, 0);
  });
  it('accepts fingerprints made elsewhere with the same settings, and rejects others', () => {
    const index = createDuplicateIndex();
    const print = index.fingerprint(solarKettle);
    index.addFingerprint('stored', print, '2024-05-05');
    assert.equal(index.add({ id: 'new', text: solarKettle })[0]?.id, 'stored');
    const other = createDuplicateIndex({ permutations: 64, bands: 32 }).fingerprint(solarKettle);
    assert.throws(() => index.addFingerprint('other', other), RangeError);
  });
  it('gives the same matches on every run', () => {
    const run = () => {
      const index = originals();
      const random = seededRandom(3);
      return Array.from({ length: 5 }, (_, i) =>
        index.add({ id: `c${i}`, text: simulateSyndication(ferryTourism, random, 0.8).text }),
      );
    };
    assert.deepEqual(run(), run());
  });
  it('keeps working as its tables grow', () => {
    const index = createDuplicateIndex();
    const random = seededRandom(9);
    const words = solarKettle.split(/\s+/u);
    for (let i = 0; i < 600; i++) {
      const text = Array.from({ length: 60 }, () => words[Math.floor(random() * words.length)]).join(' ');
      index.add({ id: `n${i}`, text });
    }
    assert.equal(index.add({ id: 'k', text: solarKettle }).length, 0);
    assert.equal(index.add({ id: 'k2', text: solarKettle })[0]?.id, 'k');
    assert.equal(index.size, 602);
  });
});
