import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { decodeStanceModel } from './decode-stance-model.ts';
import { encodeStanceModel } from './encode-stance-model.ts';
import { fictionalPairs } from './fictional-pairs.ts';
import { stanceOf } from './stance-of.ts';
import { trainStanceModel } from './train-stance-model.ts';

// Small settings so that each training takes a fraction of a second.
const SMALL = {
  vocabSize: 200,
  hidden: 16,
  epochs: 40,
  batchSize: 8,
  learningRate: 0.01,
  l2: 1e-5,
  dropout: 0.1,
  seed: 3,
};
const pairs = fictionalPairs();

describe('stance model', () => {
  const model = trainStanceModel(pairs, SMALL);

  it('learns the fictional training pairs', () => {
    const right = pairs.filter((p) => stanceOf(model, p.claim, p.text).stance === p.stance).length;
    assert.ok(right / pairs.length >= 0.9, `${right} of ${pairs.length} right`);
  });

  it('is deterministic: the same pairs and seed give the same bytes; another seed others', () => {
    const again = trainStanceModel(pairs, SMALL);
    assert.deepEqual(encodeStanceModel(again), encodeStanceModel(model));
    assert.notDeepEqual(
      encodeStanceModel(trainStanceModel(pairs, { ...SMALL, seed: 4 })),
      encodeStanceModel(model),
    );
  });

  it('survives a save and load round trip (weights quantised to 8 bits)', () => {
    const bytes = encodeStanceModel(model);
    const loaded = decodeStanceModel(bytes);
    assert.equal(loaded.trainedOn, model.trainedOn);
    assert.deepEqual([...loaded.vectoriser.vocab], [...model.vectoriser.vocab]);
    assert.deepEqual(loaded.vectoriser.blocks, model.vectoriser.blocks);
    for (const p of pairs) {
      const a = stanceOf(model, p.claim, p.text);
      const b = stanceOf(loaded, p.claim, p.text);
      for (const l of ['agree', 'disagree', 'discuss', 'unrelated'] as const)
        assert.ok(Math.abs(a.scores[l] - b.scores[l]) < 0.05);
    }
    assert.deepEqual(encodeStanceModel(loaded), bytes);
  });

  it('gives probabilities that sum to one, and the most probable label', () => {
    const r = stanceOf(
      model,
      'Seatown mayor Ola Example resigns over secret ferry deal',
      'Officials confirmed the mayor resigns over the ferry deal.',
    );
    const total = Object.values(r.scores).reduce((s, x) => s + x, 0);
    assert.ok(Math.abs(total - 1) < 1e-5);
    assert.equal(r.scores[r.stance], Math.max(...Object.values(r.scores)));
  });

  it('refuses bytes that are not a stance model', () => {
    assert.throws(() => decodeStanceModel(new Uint8Array([1, 2, 3])), /not a stance model/);
    assert.throws(() => decodeStanceModel(gzipSync(Buffer.from('CTG2 but not this'))), /not a stance model/);
  });
});
