import { contentWords } from './content-words.ts';

/** Sparse unit vectors over a set of texts, weighted by inverse document frequency. */
export interface TfIdf {
  readonly vectors: readonly ReadonlyMap<string, number>[];
  readonly idf: ReadonlyMap<string, number>;
}

export function tfidf(texts: readonly string[]): TfIdf {
  const bags = texts.map(contentWords);
  const df = new Map<string, number>();
  for (const b of bags) for (const w of new Set(b)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  const idf = new Map([...df].map(([w, d]) => [w, Math.log((n + 1) / (d + 0.5))]));
  const maxIdf = highest(idf);
  return { vectors: bags.map((b) => vectorOf(b, idf, maxIdf)), idf };
}

/** A text's vector against an existing vocabulary (unknown words get the highest weight). */
export function vectorFor(text: string, model: TfIdf): Map<string, number> {
  return vectorOf(contentWords(text), model.idf, highest(model.idf));
}

/** The weight of a word never seen: the highest there is, and at least 1. */
function highest(idf: ReadonlyMap<string, number>): number {
  let max = 1;
  for (const x of idf.values()) if (x > max) max = x;
  return max;
}

function vectorOf(words: readonly string[], idf: ReadonlyMap<string, number>, maxIdf: number): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  let norm = 0;
  const v = new Map<string, number>();
  for (const [w, c] of tf) {
    const x = (1 + Math.log(c)) * (idf.get(w) ?? maxIdf);
    v.set(w, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of s) dot += x * (l.get(w) ?? 0);
  return dot;
}
