import type { AnalysedText } from './analyse-text.ts';
import { DENSE_FEATURES, denseFeatures } from './dense-features.ts';
import type { SparseInput, StanceVectoriser } from './stance-model.ts';

/** Standardisation of the dense features: (x - mean) / std, learnt on the training pairs. */
export interface DenseScaling {
  readonly mean: Float32Array;
  readonly std: Float32Array;
}

/** The width of the input layer for a vocabulary of `vocabSize` words. */
export function inputWidth(vocabSize: number, blocks: number): number {
  return blocks * vocabSize + DENSE_FEATURES.length;
}

/**
 * The net's input for a pair, as in the "simple but tough-to-beat" FNC-1 baseline: the
 * claim's and the text's word counts over the vocabulary (each L2-normalised, so a long
 * body weighs as much as a headline), then the dense features, standardised.
 * Without `scaling` the dense features are left raw (training computes the scaling from them).
 */
export function pairFeatures(
  v: StanceVectoriser,
  claim: AnalysedText,
  text: AnalysedText,
  scaling?: DenseScaling,
): SparseInput {
  const V = v.vocab.size;
  const index: number[] = [];
  const value: number[] = [];
  const block = (t: AnalysedText, offset: number, skip?: AnalysedText): void => {
    const start = index.length;
    let norm = 0;
    for (const [w, c] of t.counts) {
      const i = v.vocab.get(w);
      if (i === undefined || skip?.counts.has(w)) continue;
      index.push(offset + i);
      value.push(c);
      norm += c * c;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = start; k < value.length; k++) value[k] = (value[k] as number) * inv;
  };
  let offset = 0;
  for (const b of v.blocks) {
    if (b === 'claim') block(claim, offset);
    else if (b === 'text') block(text, offset);
    else block(text, offset, claim);
    offset += V;
  }
  const dense = denseFeatures(v, claim, text);
  for (let d = 0; d < dense.length; d++) {
    const x = dense[d] as number;
    index.push(offset + d);
    value.push(scaling ? (x - (scaling.mean[d] as number)) / (scaling.std[d] as number) : x);
  }
  return { index: Int32Array.from(index), value: Float32Array.from(value) };
}
