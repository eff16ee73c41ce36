import type { SparseVector } from './sparse-vector.ts';

export interface TfIdfOptions {
  /** A term in fewer documents than this links nothing and is left out. Default 2. */
  readonly minDocumentFrequency?: number;
  /** A term in more than this share of the documents is background, not an event, and is left out. Default 0.5. */
  readonly maxDocumentShare?: number;
}

export interface TfIdf {
  readonly vectors: readonly SparseVector[];
  /** The term of each id the vectors use. */
  readonly vocabulary: readonly string[];
}

/**
 * Unit-length TF-IDF vectors from weighted term counts: sub-linear term frequency
 * (1 + ln tf: the fifth "earthquake" in a text adds little to the first) times smoothed
 * inverse document frequency. Ids are given in order of first appearance, so the same
 * input always gives the same vectors.
 */
export function tfIdfVectors(
  counts: readonly ReadonlyMap<string, number>[],
  options: TfIdfOptions = {},
): TfIdf {
  const minDf = options.minDocumentFrequency ?? 2;
  const maxDf = Math.max(minDf, Math.floor((options.maxDocumentShare ?? 0.5) * counts.length));
  const df = new Map<string, number>();
  for (const doc of counts) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  for (const [term, frequency] of df) {
    if (frequency < minDf || frequency > maxDf) continue;
    ids.set(term, vocabulary.length);
    vocabulary.push(term);
  }
  const n = counts.length;
  const vectors = counts.map((doc): SparseVector => {
    const entries: [number, number][] = [];
    for (const [term, tf] of doc) {
      const id = ids.get(term);
      if (id === undefined || tf <= 0) continue;
      const idf = Math.log((1 + n) / (1 + df.get(term)!)) + 1;
      entries.push([id, (tf >= 1 ? 1 + Math.log(tf) : tf) * idf]);
    }
    entries.sort((x, y) => x[0] - y[0]);
    let squares = 0;
    for (const e of entries) squares += e[1] * e[1];
    const norm = Math.sqrt(squares) || 1;
    return {
      terms: Int32Array.from(entries, (e) => e[0]),
      weights: Float64Array.from(entries, (e) => e[1] / norm),
    };
  });
  return { vectors, vocabulary };
}
