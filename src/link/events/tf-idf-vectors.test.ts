import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tfIdfVectors } from './tf-idf-vectors.ts';

const docs = [
  new Map([
    ['bridge', 2],
    ['river', 1],
    ['marrowby', 1],
  ]),
  new Map([
    ['bridge', 1],
    ['river', 1],
    ['cable', 1],
  ]),
  new Map([
    ['chess', 1],
    ['river', 1],
    ['cable', 1],
  ]),
  new Map([
    ['chess', 3],
    ['varga', 1],
  ]),
];

describe('tfIdfVectors', () => {
  it('makes unit vectors with ascending term ids', () => {
    const { vectors } = tfIdfVectors(docs);
    for (const v of vectors) {
      const norm = Math.hypot(...v.weights);
      assert.ok(Math.abs(norm - 1) < 1e-12);
      for (let i = 1; i < v.terms.length; i++) assert.ok(v.terms[i]! > v.terms[i - 1]!);
    }
  });

  it('leaves out terms in one document only, and terms in more than half', () => {
    const { vocabulary } = tfIdfVectors(docs);
    assert.deepEqual([...vocabulary].sort(), ['bridge', 'cable', 'chess']);
    assert.deepEqual(
      [...tfIdfVectors(docs, { minDocumentFrequency: 1, maxDocumentShare: 1 }).vocabulary].sort(),
      ['bridge', 'cable', 'chess', 'marrowby', 'river', 'varga'],
    );
  });

  it('weighs a repeated term sub-linearly', () => {
    const { vectors, vocabulary } = tfIdfVectors(
      [
        new Map([
          ['a', 1],
          ['b', 4],
        ]),
        new Map([
          ['a', 1],
          ['b', 1],
        ]),
      ],
      { maxDocumentShare: 1 },
    );
    const v = vectors[0]!;
    const weightOf = (term: string): number => v.weights[v.terms.indexOf(vocabulary.indexOf(term))]!;
    assert.ok(Math.abs(weightOf('b') / weightOf('a') - (1 + Math.log(4))) < 1e-12);
  });

  it('gives an empty vector to a document with no kept term', () => {
    assert.equal(tfIdfVectors(docs).vectors[3]!.terms.length, 1);
    assert.equal(tfIdfVectors([new Map(), new Map()]).vectors[0]!.terms.length, 0);
  });
});
