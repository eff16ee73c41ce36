import { emissionScores, emptyModel, viterbi, type TaggerModel } from './perceptron.ts';

export interface TrainingSequence {
  readonly n: number;
  readonly feats: Uint32Array;
  readonly gold: Uint8Array;
}

/**
 * Trains an averaged structured perceptron: Viterbi under the current weights, then +1 to
 * the gold tags' features and -1 to the predicted ones where they differ (and to the
 * transitions around them), averaged lazily. The order of sequences per epoch comes from a
 * fixed seed, so the same data gives the same model. Training tooling; not used at run time.
 */
export function trainPerceptron(
  sequences: readonly TrainingSequence[],
  shape: { tags: number; features: number; bits: number; allowed: Uint8Array },
  epochs: number,
  log: (line: string) => void = () => {},
): TaggerModel {
  const model = emptyModel(shape.tags, shape.features, shape.bits, shape.allowed);
  const T = shape.tags;
  const F = shape.features;
  const mask = (1 << shape.bits) - 1;
  const wsum = new Float32Array(model.weights.length);
  const tsum = new Float32Array(model.transitions.length);
  let c = 1;
  let seed = 0x2545f491;
  const random = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const order = sequences.map((_, i) => i);
  const tokens = sequences.reduce((s, q) => s + q.n, 0);
  let scores = new Float32Array(0);
  let pred = new Uint8Array(0);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let wrong = 0;
    for (const si of order) {
      const q = sequences[si] as TrainingSequence;
      if (scores.length < q.n * T) scores = new Float32Array(q.n * T * 2);
      if (pred.length < q.n) pred = new Uint8Array(q.n * 2);
      emissionScores(model, q.feats, q.n, scores);
      viterbi(model, scores, q.n, pred);
      let prevG = T;
      let prevP = T;
      for (let i = 0; i < q.n; i++) {
        const g = q.gold[i] ?? 0;
        const p = pred[i] ?? 0;
        if (g !== p) {
          wrong++;
          for (let f = 0; f < F; f++) {
            const row = ((q.feats[i * F + f] ?? 0) & mask) * T;
            model.weights[row + g] = (model.weights[row + g] ?? 0) + 1;
            model.weights[row + p] = (model.weights[row + p] ?? 0) - 1;
            wsum[row + g] = (wsum[row + g] ?? 0) + c;
            wsum[row + p] = (wsum[row + p] ?? 0) - c;
          }
        }
        if (g !== p || prevG !== prevP) {
          model.transitions[prevG * T + g] = (model.transitions[prevG * T + g] ?? 0) + 1;
          model.transitions[prevP * T + p] = (model.transitions[prevP * T + p] ?? 0) - 1;
          tsum[prevG * T + g] = (tsum[prevG * T + g] ?? 0) + c;
          tsum[prevP * T + p] = (tsum[prevP * T + p] ?? 0) - c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    log(`epoch ${epoch}: ${((100 * wrong) / Math.max(1, tokens)).toFixed(2)} % of tokens wrong`);
  }
  for (let i = 0; i < model.weights.length; i++) model.weights[i] = (model.weights[i] ?? 0) - (wsum[i] ?? 0) / c;
  for (let i = 0; i < model.transitions.length; i++) model.transitions[i] = (model.transitions[i] ?? 0) - (tsum[i] ?? 0) / c;
  return model;
}
