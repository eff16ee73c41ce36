import { gunzipSync, gzipSync } from 'node:zlib';
import { emptyModel, type TaggerModel } from './perceptron.ts';

const MAGIC = 0x43544732; // "CTG2"

/**
 * Models on disk, several in one file: per model its shape, the buckets with a weight worth
 * keeping (16-bit, one scale per model) and the transitions as 32-bit floats; gzipped.
 * Deterministic: same models, same bytes.
 */
export function encodeModels(models: readonly TaggerModel[], minWeight = 1e-3): Uint8Array {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(8);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(models.length, 4);
  parts.push(head);
  for (const m of models) {
    const T = m.tags;
    const keep: number[] = [];
    let maxAbs = 0;
    for (let b = 0; b < m.weights.length / T; b++) {
      let x = 0;
      for (let k = 0; k < T; k++) x = Math.max(x, Math.abs(m.weights[b * T + k] ?? 0));
      if (x > minWeight) keep.push(b);
      maxAbs = Math.max(maxAbs, x);
    }
    const scale = maxAbs / 32767 || 1;
    const buf = Buffer.alloc(20 + keep.length * (4 + 2 * T) + m.transitions.length * 4 + m.allowed.length);
    let o = buf.writeUInt32LE(T, 0);
    o = buf.writeUInt32LE(m.features, o);
    o = buf.writeUInt32LE(m.bits, o);
    o = buf.writeFloatLE(scale, o);
    o = buf.writeUInt32LE(keep.length, o);
    for (const b of keep) o = buf.writeUInt32LE(b, o);
    for (const b of keep) for (let k = 0; k < T; k++) o = buf.writeInt16LE(Math.round((m.weights[b * T + k] ?? 0) / scale), o);
    for (const t of m.transitions) o = buf.writeFloatLE(t, o);
    for (const a of m.allowed) o = buf.writeUInt8(a, o);
    parts.push(buf);
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Decodes the models for tagging: weights as 8-bit integers with one scale per model. */
export function decodeModels(gz: Uint8Array): TaggerModel[] {
  return decodeFloatModels(gz).map((m) => {
    let maxAbs = 0;
    for (const x of m.weights) maxAbs = Math.max(maxAbs, Math.abs(x));
    const scale = maxAbs / 127 || 1;
    const weights = new Int8Array(m.weights.length);
    for (let i = 0; i < weights.length; i++) weights[i] = Math.round((m.weights[i] ?? 0) / scale);
    return { ...m, weights, scale };
  });
}

export function decodeFloatModels(gz: Uint8Array): TaggerModel[] {
  const buf = gunzipSync(gz);
  if (buf.readUInt32LE(0) !== MAGIC) throw new Error('not a claimtrail tagger model file (bad magic number)');
  const count = buf.readUInt32LE(4);
  let o = 8;
  const out: TaggerModel[] = [];
  for (let mi = 0; mi < count; mi++) {
    const T = buf.readUInt32LE(o);
    const F = buf.readUInt32LE(o + 4);
    const bits = buf.readUInt32LE(o + 8);
    const scale = buf.readFloatLE(o + 12);
    const kept = buf.readUInt32LE(o + 16);
    o += 20;
    const allowed = new Uint8Array((T + 1) * T);
    const m = emptyModel(T, F, bits, allowed);
    const buckets = new Uint32Array(kept);
    for (let i = 0; i < kept; i++, o += 4) buckets[i] = buf.readUInt32LE(o);
    for (let i = 0; i < kept; i++) for (let k = 0; k < T; k++, o += 2) m.weights[(buckets[i] ?? 0) * T + k] = buf.readInt16LE(o) * scale;
    for (let i = 0; i < m.transitions.length; i++, o += 4) m.transitions[i] = buf.readFloatLE(o);
    for (let i = 0; i < allowed.length; i++, o++) allowed[i] = buf.readUInt8(o);
    out.push(m);
  }
  return out;
}
