import { gzipSync } from 'node:zlib';
import { DENSE_FEATURES } from './dense-features.ts';
import type { StanceModel } from './stance-model.ts';

/** "CTSM": the first four bytes of a stance model once gunzipped. */
export const STANCE_MODEL_MAGIC = 0x4d535443;
export const STANCE_MODEL_VERSION = 1;
/** IDF values are stored as whole multiples of this (16 bits cover 0 to 32). */
export const IDF_STEP = 1 / 2048;

/**
 * A stance model as bytes: a JSON header (vocabulary, words with an IDF, shapes, the dense
 * feature names it was trained with), then the IDFs as 16-bit steps, the dense scaling, the
 * second layer and biases as 32-bit floats, and the first layer (nearly all the weights) as
 * 8-bit integers with one scale per input row; all gzipped. Deterministic: the same model
 * gives the same bytes.
 */
export function encodeStanceModel(model: StanceModel): Uint8Array {
  const v = model.vectoriser;
  const net = model.net;
  const header = Buffer.from(
    JSON.stringify({
      trainedOn: model.trainedOn,
      dense: DENSE_FEATURES,
      blocks: v.blocks,
      vocab: [...v.vocab.keys()],
      idfWords: [...v.idf.keys()],
      unseenIdf: v.unseenIdf,
      avgTextLength: v.avgTextLength,
      inputs: net.inputs,
      hidden: net.hidden,
      outputs: net.outputs,
    }),
  );
  const head = Buffer.alloc(12);
  head.writeUInt32LE(STANCE_MODEL_MAGIC, 0);
  head.writeUInt32LE(STANCE_MODEL_VERSION, 4);
  head.writeUInt32LE(header.length, 8);
  const idf = Buffer.alloc(v.idf.size * 2);
  let o = 0;
  for (const x of v.idf.values()) o = idf.writeUInt16LE(Math.min(65535, Math.round(x / IDF_STEP)), o);
  const floats = (a: Float32Array): Buffer => Buffer.from(Float32Array.from(a).buffer);
  const H = net.hidden;
  const scales = new Float32Array(net.inputs);
  const q = Buffer.alloc(net.inputs * H);
  for (let i = 0; i < net.inputs; i++) {
    let max = 0;
    for (let j = 0; j < H; j++) max = Math.max(max, Math.abs(net.w1[i * H + j] as number));
    const s = max / 127 || 1;
    scales[i] = s;
    for (let j = 0; j < H; j++) q.writeInt8(Math.round((net.w1[i * H + j] as number) / s), i * H + j);
  }
  const body = [
    head,
    header,
    idf,
    floats(model.denseMean),
    floats(model.denseStd),
    floats(net.b1),
    floats(net.w2),
    floats(net.b2),
    floats(scales),
    q,
  ];
  return gzipSync(Buffer.concat(body), { level: 9 });
}
