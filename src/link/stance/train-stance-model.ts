import type { TextStance } from '../../domain/stance.ts';
import { analyseText, type AnalysedText } from './analyse-text.ts';
import { buildVectoriser } from './build-vectoriser.ts';
import { DENSE_FEATURES } from './dense-features.ts';
import { inputWidth, pairFeatures } from './pair-features.ts';
import type { CountBlock, StanceModel } from './stance-model.ts';
import { STANCE_LABELS } from './stance-labels.ts';
import { STANCE_RECIPES } from './stance-recipes.ts';
import { trainMlp, type TrainMlpOptions } from './train-mlp.ts';

/** A labelled training pair. */
export interface StancePair {
  readonly claim: string;
  readonly text: string;
  readonly stance: TextStance;
}

export interface TrainStanceOptions extends Partial<TrainMlpOptions> {
  /** Words in the count vectors (the FNC-1 baseline's 5,000 by default). */
  readonly vocabSize?: number;
  /** The word-count blocks of the input (claim and text words by default). */
  readonly blocks?: readonly CountBlock[];
  readonly trainedOn?: string;
}

/**
 * Trains a stance model on labelled pairs: learns the vocabulary and IDF from the distinct
 * claims and texts, the dense features' standardisation from the pairs, then the net.
 * Deterministic: the same pairs in the same order give the same model.
 */
export function trainStanceModel(
  pairs: readonly StancePair[],
  options: TrainStanceOptions = {},
): StanceModel {
  // the FNC-1 recipe's settings for whatever is not given
  const o = { ...STANCE_RECIPES.fnc1, ...options };
  const analysed = new Map<string, AnalysedText>();
  const analyse = (s: string): AnalysedText => {
    let a = analysed.get(s);
    if (!a) analysed.set(s, (a = analyseText(s)));
    return a;
  };
  for (const p of pairs) {
    analyse(p.claim);
    analyse(p.text);
  }
  const vectoriser = buildVectoriser([...analysed.values()], o.vocabSize, o.blocks);
  const xs = pairs.map((p) => pairFeatures(vectoriser, analyse(p.claim), analyse(p.text)));
  const D = DENSE_FEATURES.length;
  const first = o.blocks.length * vectoriser.vocab.size;
  const mean = new Float32Array(D);
  const std = new Float32Array(D);
  const dense = (x: (typeof xs)[number], d: number): number => x.value[x.value.length - D + d] as number;
  for (let d = 0; d < D; d++) {
    let s = 0;
    let s2 = 0;
    for (const x of xs) {
      s += dense(x, d);
      s2 += dense(x, d) ** 2;
    }
    const m = s / (xs.length || 1);
    mean[d] = m;
    // a feature constant on the training pairs (e.g. no questions at all) is left unscaled
    std[d] = Math.sqrt(Math.max(0, s2 / (xs.length || 1) - m * m)) || 1;
  }
  for (const x of xs) {
    for (let d = 0; d < D; d++) {
      const k = x.value.length - D + d;
      if (x.index[k] !== first + d) throw new Error('dense features are not where they should be');
      x.value[k] = ((x.value[k] as number) - (mean[d] as number)) / (std[d] as number);
    }
  }
  const ys = Uint8Array.from(pairs.map((p) => STANCE_LABELS.indexOf(p.stance)));
  const net = trainMlp(xs, ys, inputWidth(vectoriser.vocab.size, o.blocks.length), STANCE_LABELS.length, o);
  return {
    vectoriser,
    denseMean: mean,
    denseStd: std,
    net,
    trainedOn: o.trainedOn ?? `${pairs.length} pairs`,
  };
}
