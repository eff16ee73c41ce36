import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { duplicateSettings } from './duplicate-settings.ts';
import { estimateSimilarity } from './estimate-similarity.ts';
import { fictionalArticles } from './fictional-articles.fixture.ts';
import { fingerprint } from './fingerprint.ts';
import { wordShingles } from './word-shingles.ts';

const settings = duplicateSettings();

describe('fingerprint', () => {
  it('is the same for texts differing only in case, quotes and spacing', () => {
    const a = fingerprint('The guild said: “no deal”.\n\nTalks resume Friday.', settings);
    const b = fingerprint('the guild said "no deal". Talks resume friday', settings);
    assert.equal(a.exact, b.exact);
    assert.deepEqual(a.signature, b.signature);
  });
  it('differs for different texts', () => {
    const a = fingerprint(fictionalArticles.ferryStrike, settings);
    const b = fingerprint(fictionalArticles.ferryTourism, settings);
    assert.notEqual(a.exact, b.exact);
    assert.ok(estimateSimilarity(a, b).containment < 0.2);
  });
  it('is deterministic: the same settings give the same signature, another seed another', () => {
    const text = fictionalArticles.solarKettle;
    const a = fingerprint(text, duplicateSettings());
    const b = fingerprint(text, duplicateSettings());
    const c = fingerprint(text, duplicateSettings({ seed: 7 }));
    assert.deepEqual(a, b);
    assert.notDeepEqual(a.signature, c.signature);
    assert.equal(a.signature.length, 128);
  });
  it('counts distinct shingles, and a text shorter than a shingle still has one', () => {
    assert.equal(wordShingles('a b c d e', 4).length, 2);
    assert.equal(wordShingles('the the the the the the', 4).length, 1);
    assert.equal(wordShingles('pier closed', 4).length, 1);
    assert.equal(wordShingles('', 4).length, 0);
    assert.equal(fingerprint('Pier closed.', settings).shingles, 1);
  });
  it('shingles depend on word order', () => {
    assert.notDeepEqual(
      wordShingles('guild sued the operator', 4),
      wordShingles('operator sued the guild', 4),
    );
  });
});

describe('estimateSimilarity', () => {
  it('is 1 for identical texts and 0 when either is empty', () => {
    const a = fingerprint(fictionalArticles.footballManager, settings);
    assert.deepEqual(estimateSimilarity(a, a), { jaccard: 1, containment: 1 });
    assert.deepEqual(estimateSimilarity(a, fingerprint('', settings)), { jaccard: 0, containment: 0 });
  });
  it('gives a half article high containment in the whole, and Jaccard near a half', () => {
    const paragraphs = fictionalArticles.ferryStrike.split('\n\n');
    const half = paragraphs.slice(0, 3).join('\n\n');
    const s = estimateSimilarity(
      fingerprint(half, settings),
      fingerprint(fictionalArticles.ferryStrike, settings),
    );
    assert.ok(s.containment > 0.85, `containment ${s.containment}`);
    assert.ok(s.jaccard > 0.3 && s.jaccard < 0.7, `jaccard ${s.jaccard}`);
  });
});

describe('duplicateSettings', () => {
  it('rejects bands that do not divide the permutations', () => {
    assert.throws(() => duplicateSettings({ permutations: 128, bands: 3 }), RangeError);
    assert.throws(() => duplicateSettings({ threshold: 2 }), RangeError);
  });
});
