/**
 * A linear sequence model over hashed features with first-order tag transitions, decoded
 * with Viterbi under the allowed transitions. `weights` holds `tags` scores per feature
 * bucket; `transitions` (tags + 1) x tags scores, the extra row for a sequence's start.
 */
export interface TaggerModel {
  readonly tags: number;
  readonly features: number;
  readonly bits: number;
  /**
   * Float while training; 8-bit at run time (`scale` turns it back into scores): a quarter
   * of the memory, so that more of the table stays in the processor's cache, which is what
   * tagging speed is bound by.
   */
  readonly weights: Float32Array | Int8Array;
  readonly scale?: number;
  readonly transitions: Float32Array;
  readonly allowed: Uint8Array;
}

export function emptyModel(tags: number, features: number, bits: number, allowed: Uint8Array): TaggerModel {
  return { tags, features, bits, weights: new Float32Array((1 << bits) * tags), transitions: new Float32Array((tags + 1) * tags), allowed };
}

/** Per-token tag scores: the sum of each feature bucket's weights. */
export function emissionScores(model: TaggerModel, feats: Uint32Array, n: number, out: Float32Array): void {
  if (model.weights instanceof Int8Array && (model.tags === 3 || model.tags === 5)) {
    quantisedScores(model.weights, model.tags, model.features, (1 << model.bits) - 1, model.scale ?? 1, feats, n, out);
    return;
  }
  const { tags: T, features: F, weights: w } = model;
  const mask = (1 << model.bits) - 1;
  const scale = model.scale ?? 1;
  out.fill(0, 0, n * T);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let f = 0; f < F; f++) {
      const row = ((feats[i * F + f] ?? 0) & mask) * T;
      for (let k = 0; k < T; k++) out[base + k] = (out[base + k] ?? 0) + (w[row + k] ?? 0);
    }
    if (scale !== 1) for (let k = 0; k < T; k++) out[base + k] = (out[base + k] ?? 0) * scale;
  }
}

/**
 * emissionScores for the 8-bit models the taggers run with (three and five tags), summing
 * in locals rather than through `out`: the sums of 8-bit weights are whole numbers, exact
 * either way, so the scores are the same to the bit, in about half the time.
 */
function quantisedScores(w: Int8Array, T: 3 | 5, F: number, mask: number, scale: number, feats: Uint32Array, n: number, out: Float32Array): void {
  for (let i = 0, f0 = 0; i < n; i++, f0 += F) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    for (let f = f0; f < f0 + F; f++) {
      const row = ((feats[f] as number) & mask) * T;
      s0 += w[row] as number;
      s1 += w[row + 1] as number;
      s2 += w[row + 2] as number;
      if (T === 5) {
        s3 += w[row + 3] as number;
        s4 += w[row + 4] as number;
      }
    }
    const base = i * T;
    out[base] = s0 * scale;
    out[base + 1] = s1 * scale;
    out[base + 2] = s2 * scale;
    if (T === 5) {
      out[base + 3] = s3 * scale;
      out[base + 4] = s4 * scale;
    }
  }
}

/** The best tag sequence under the scores and the allowed transitions. */
export function viterbi(model: TaggerModel, emissions: Float32Array, n: number, out: Uint8Array): void {
  if (n === 0) return;
  const { tags: T, transitions: tr, allowed } = model;
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  for (let k = 0; k < T; k++) score[k] = allowed[T * T + k] ? (tr[T * T + k] ?? 0) + (emissions[k] ?? 0) : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < T; k++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < T; j++) {
        if (!allowed[j * T + k]) continue;
        const s = (score[(i - 1) * T + j] ?? -Infinity) + (tr[j * T + k] ?? 0);
        if (s > best) [best, arg] = [s, j];
      }
      score[i * T + k] = best + (emissions[i * T + k] ?? 0);
      back[i * T + k] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let k = 0; k < T; k++) {
    const s = score[(n - 1) * T + k] ?? -Infinity;
    if (s > best) [best, arg] = [s, k];
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg] ?? 0;
  }
}
