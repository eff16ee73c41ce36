import { seededRandom } from './seeded-random.ts';
import type { SparseInput, StanceNet } from './stance-model.ts';

export interface TrainMlpOptions {
  readonly hidden: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  /** L2 penalty on the weights (not the biases). */
  readonly l2: number;
  /** Probability of dropping a hidden unit during training. */
  readonly dropout: number;
  readonly seed: number;
  /** Loss weight per class; 1 each when absent. */
  readonly classWeights?: readonly number[];
  /** Called after each epoch with the mean training loss. */
  readonly onEpoch?: (epoch: number, loss: number) => void;
}

/**
 * Trains a one-hidden-layer perceptron on sparse inputs with softmax cross-entropy and Adam,
 * as the FNC-1 "simple but tough-to-beat" baseline did (there: 100 ReLU units, dropout,
 * L2, Adam). Gradients of the first layer touch only the rows of inputs present in the
 * batch. Everything random comes from one seeded generator: same inputs, same net.
 */
export function trainMlp(
  xs: readonly SparseInput[],
  ys: Uint8Array,
  inputs: number,
  outputs: number,
  o: TrainMlpOptions,
): StanceNet {
  const H = o.hidden;
  const O = outputs;
  const rand = seededRandom(o.seed);
  const uniform = (n: number, limit: number): Float32Array => {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) a[i] = (rand() * 2 - 1) * limit;
    return a;
  };
  // Glorot's limit with the fan-in of a typical input (a few hundred non-zeros), not the
  // full width: the inputs are sparse and L2-normalised.
  const net: StanceNet = {
    inputs,
    hidden: H,
    outputs: O,
    w1: uniform(inputs * H, Math.sqrt(6 / (300 + H))),
    b1: new Float32Array(H),
    w2: uniform(H * O, Math.sqrt(6 / (H + O))),
    b2: new Float32Array(O),
  };
  const params = [net.w1, net.b1, net.w2, net.b2];
  const grads = params.map((p) => new Float32Array(p.length));
  const m = params.map((p) => new Float32Array(p.length));
  const v = params.map((p) => new Float32Array(p.length));
  const decays = [o.l2, 0, o.l2, 0];
  const [gW1, gB1, gW2, gB2] = grads as [Float32Array, Float32Array, Float32Array, Float32Array];
  const cw = o.classWeights ?? new Array<number>(O).fill(1);
  const order = Int32Array.from(xs.keys());
  const h = new Float32Array(H);
  const dh = new Float32Array(H);
  const p = new Float32Array(O);
  const keep = 1 - o.dropout;
  const b1 = 0.9;
  const b2 = 0.999;
  let step = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    let lossSum = 0;
    for (let start = 0; start < order.length; start += o.batchSize) {
      const end = Math.min(order.length, start + o.batchSize);
      for (const g of grads) g.fill(0);
      const scale = 1 / (end - start);
      for (let n = start; n < end; n++) {
        const ex = order[n] as number;
        const x = xs[ex] as SparseInput;
        const y = ys[ex] as number;
        h.set(net.b1);
        for (let k = 0; k < x.index.length; k++) {
          const row = (x.index[k] as number) * H;
          const val = x.value[k] as number;
          for (let j = 0; j < H; j++) h[j] = (h[j] as number) + val * (net.w1[row + j] as number);
        }
        for (let j = 0; j < H; j++) {
          // dropout: a dropped unit is 0, a kept one is scaled so the expected sum is unchanged
          h[j] = (h[j] as number) > 0 && rand() < keep ? (h[j] as number) / keep : 0;
        }
        let max = -Infinity;
        for (let c = 0; c < O; c++) {
          let z = net.b2[c] as number;
          for (let j = 0; j < H; j++) z += (h[j] as number) * (net.w2[j * O + c] as number);
          p[c] = z;
          max = Math.max(max, z);
        }
        let sum = 0;
        for (let c = 0; c < O; c++) sum += p[c] = Math.exp((p[c] as number) - max);
        for (let c = 0; c < O; c++) p[c] = (p[c] as number) / sum;
        const w = cw[y] ?? 1;
        lossSum -= w * Math.log(Math.max(1e-12, p[y] as number));
        for (let c = 0; c < O; c++) p[c] = ((p[c] as number) - (c === y ? 1 : 0)) * w * scale;
        for (let c = 0; c < O; c++) gB2[c] = (gB2[c] as number) + (p[c] as number);
        for (let j = 0; j < H; j++) {
          const hj = h[j] as number;
          let d = 0;
          for (let c = 0; c < O; c++) {
            gW2[j * O + c] = (gW2[j * O + c] as number) + hj * (p[c] as number);
            d += (net.w2[j * O + c] as number) * (p[c] as number);
          }
          dh[j] = hj > 0 ? d / keep : 0;
          gB1[j] = (gB1[j] as number) + (dh[j] as number);
        }
        for (let k = 0; k < x.index.length; k++) {
          const row = (x.index[k] as number) * H;
          const val = x.value[k] as number;
          for (let j = 0; j < H; j++) gW1[row + j] = (gW1[row + j] as number) + val * (dh[j] as number);
        }
      }
      step++;
      const lr = (o.learningRate * Math.sqrt(1 - b2 ** step)) / (1 - b1 ** step);
      for (let q = 0; q < params.length; q++) {
        const P = params[q] as Float32Array;
        const G = grads[q] as Float32Array;
        const M = m[q] as Float32Array;
        const S = v[q] as Float32Array;
        const decay = decays[q] as number;
        for (let i = 0; i < P.length; i++) {
          const g = (G[i] as number) + decay * (P[i] as number);
          M[i] = b1 * (M[i] as number) + (1 - b1) * g;
          S[i] = b2 * (S[i] as number) + (1 - b2) * g * g;
          P[i] = (P[i] as number) - (lr * (M[i] as number)) / (Math.sqrt(S[i] as number) + 1e-8);
        }
      }
    }
    o.onEpoch?.(epoch, lossSum / order.length);
  }
  return net;
}
