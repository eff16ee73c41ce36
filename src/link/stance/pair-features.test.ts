import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseText } from './analyse-text.ts';
import { buildVectoriser } from './build-vectoriser.ts';
import { DENSE_FEATURES } from './dense-features.ts';
import { inputWidth, pairFeatures } from './pair-features.ts';

describe('pairFeatures', () => {
  const docs = [
    'The ferry sailed to Seatown',
    'The mayor denied the ferry deal',
    'Seatown ferry deal denied',
  ].map(analyseText);

  it('puts L2-normalised word counts of the claim, then of the text, then the dense features', () => {
    const v = buildVectoriser(docs, 4, ['claim', 'text']);
    assert.equal(v.vocab.size, 4);
    const x = pairFeatures(v, analyseText('Ferry deal'), analyseText('The ferry ferry deal was denied'));
    const width = inputWidth(4, 2);
    assert.equal(width, 8 + DENSE_FEATURES.length);
    assert.ok(x.index.every((i) => i >= 0 && i < width));
    const block = (from: number, to: number): number[] =>
      [...x.index.keys()]
        .filter((k) => (x.index[k] as number) >= from && (x.index[k] as number) < to)
        .map((k) => x.value[k] as number);
    for (const [from, to] of [
      [0, 4],
      [4, 8],
    ] as const) {
      const vals = block(from, to);
      assert.ok(vals.length > 0);
      assert.ok(Math.abs(vals.reduce((s, y) => s + y * y, 0) - 1) < 1e-6);
    }
    assert.equal(block(8, width).length, DENSE_FEATURES.length);
  });

  it('a "novel" block counts only the text words that the claim does not use', () => {
    const v = buildVectoriser(docs, 10, ['novel']);
    const x = pairFeatures(v, analyseText('Ferry deal'), analyseText('Ferry deal denied'));
    const words = [...x.index]
      .filter((i) => i < v.vocab.size)
      .map((i) => [...v.vocab].find(([, j]) => j === i)?.[0]);
    assert.deepEqual(words, ['deni']);
  });

  it('standardises the dense features when given a scaling', () => {
    const v = buildVectoriser(docs, 4, ['claim', 'text']);
    const D = DENSE_FEATURES.length;
    const raw = pairFeatures(v, analyseText('Ferry deal'), analyseText('Seatown ferry'));
    const scaled = pairFeatures(v, analyseText('Ferry deal'), analyseText('Seatown ferry'), {
      mean: new Float32Array(D).fill(1),
      std: new Float32Array(D).fill(2),
    });
    const n = raw.value.length;
    for (let d = 0; d < D; d++)
      assert.ok(
        Math.abs((scaled.value[n - D + d] as number) - ((raw.value[n - D + d] as number) - 1) / 2) < 1e-6,
      );
  });
});
