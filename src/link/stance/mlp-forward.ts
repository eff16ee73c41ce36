import type { SparseInput, StanceNet } from './stance-model.ts';

/**
 * The net's output probabilities for one input (softmax over the output units). The hidden
 * activations are written to `hidden` when given, for training to reuse.
 */
export function mlpForward(
  net: StanceNet,
  x: SparseInput,
  hidden = new Float32Array(net.hidden),
): Float32Array {
  const H = net.hidden;
  const O = net.outputs;
  hidden.set(net.b1);
  for (let k = 0; k < x.index.length; k++) {
    const row = (x.index[k] as number) * H;
    const v = x.value[k] as number;
    if (v === 0) continue;
    for (let j = 0; j < H; j++) hidden[j] = (hidden[j] as number) + v * (net.w1[row + j] as number);
  }
  for (let j = 0; j < H; j++) if ((hidden[j] as number) < 0) hidden[j] = 0;
  const out = Float32Array.from(net.b2);
  for (let j = 0; j < H; j++) {
    const h = hidden[j] as number;
    if (h === 0) continue;
    for (let c = 0; c < O; c++) out[c] = (out[c] as number) + h * (net.w2[j * O + c] as number);
  }
  return softmax(out);
}

function softmax(z: Float32Array): Float32Array {
  let max = -Infinity;
  for (const x of z) max = Math.max(max, x);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp((z[c] as number) - max);
    sum += z[c] as number;
  }
  for (let c = 0; c < z.length; c++) z[c] = (z[c] as number) / sum;
  return z;
}
