import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { DENSE_FEATURES } from './dense-features.ts';
import { IDF_STEP, STANCE_MODEL_MAGIC, STANCE_MODEL_VERSION } from './encode-stance-model.ts';
import type { StanceModel } from './stance-model.ts';

const Header = z.object({
  trainedOn: z.string(),
  dense: z.array(z.string()),
  blocks: z.array(z.enum(['claim', 'text', 'novel'])).min(1),
  vocab: z.array(z.string()),
  idfWords: z.array(z.string()),
  unseenIdf: z.number(),
  avgTextLength: z.number(),
  inputs: z.number().int().positive(),
  hidden: z.number().int().positive(),
  outputs: z.number().int().positive(),
});

/**
 * Reads what encodeStanceModel wrote. Throws a plain Error naming the problem when the
 * bytes are not a stance model, or one made for other dense features than this code
 * computes (the cure is `npm run train`).
 */
export function decodeStanceModel(bytes: Uint8Array): StanceModel {
  let buf: Buffer;
  try {
    buf = gunzipSync(bytes);
  } catch (err) {
    throw new Error('not a stance model (not gzipped)', { cause: err });
  }
  if (buf.length < 12 || buf.readUInt32LE(0) !== STANCE_MODEL_MAGIC)
    throw new Error('not a stance model (bad magic number)');
  const version = buf.readUInt32LE(4);
  if (version !== STANCE_MODEL_VERSION)
    throw new Error(`stance model version ${version}, this code reads ${STANCE_MODEL_VERSION}`);
  const len = buf.readUInt32LE(8);
  const h = Header.parse(JSON.parse(buf.subarray(12, 12 + len).toString('utf8')));
  if (h.dense.join(',') !== DENSE_FEATURES.join(',')) {
    throw new Error(
      'the stance model was trained with other features than this code computes; run npm run train',
    );
  }
  if (h.inputs !== h.blocks.length * h.vocab.length + h.dense.length)
    throw new Error('stance model: input width does not match its vocabulary');
  let o = 12 + len;
  const idf = new Map<string, number>();
  for (const w of h.idfWords) {
    idf.set(w, buf.readUInt16LE(o) * IDF_STEP);
    o += 2;
  }
  const floats = (n: number): Float32Array => {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++, o += 4) a[i] = buf.readFloatLE(o);
    return a;
  };
  const D = h.dense.length;
  const H = h.hidden;
  const denseMean = floats(D);
  const denseStd = floats(D);
  const b1 = floats(H);
  const w2 = floats(H * h.outputs);
  const b2 = floats(h.outputs);
  const scales = floats(h.inputs);
  if (buf.length !== o + h.inputs * H) throw new Error('stance model: truncated or overlong weights');
  const w1 = new Float32Array(h.inputs * H);
  for (let i = 0; i < h.inputs; i++) {
    const s = scales[i] as number;
    for (let j = 0; j < H; j++) w1[i * H + j] = buf.readInt8(o + i * H + j) * s;
  }
  return {
    trainedOn: h.trainedOn,
    vectoriser: {
      vocab: new Map(h.vocab.map((w, i) => [w, i])),
      idf,
      unseenIdf: h.unseenIdf,
      avgTextLength: h.avgTextLength,
      blocks: h.blocks,
    },
    denseMean,
    denseStd,
    net: { inputs: h.inputs, hidden: H, outputs: h.outputs, w1, b1, w2, b2 },
  };
}
