import { createTermInterner } from './create-term-interner.ts';
import type { SparseVector } from './sparse-vector.ts';
import type { TermCounts } from './term-counts.ts';

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
  const interner = createTermInterner();
  const compact = counts.map((doc) => interner.intern(doc));
  return tfIdfOfCounts(compact, interner.vocabulary, options);
}

/**
 * As `tfIdfVectors`, for counts interned earlier over `vocabulary` (linking a store interns
 * each document's terms as it reads it, and keeps no text). Kept terms are numbered again
 * in vocabulary order, so both give the same vectors for the same documents.
 */
export function tfIdfOfCounts(
  counts: readonly TermCounts[],
  vocabulary: readonly string[],
  options: TfIdfOptions = {},
): TfIdf {
  const minDf = options.minDocumentFrequency ?? 2;
  const maxDf = Math.max(minDf, Math.floor((options.maxDocumentShare ?? 0.5) * counts.length));
  const df = new Int32Array(vocabulary.length);
  for (const doc of counts) for (const term of doc.terms) df[term]!++;
  const kept = new Int32Array(vocabulary.length).fill(-1);
  const keptTerms: string[] = [];
  df.forEach((frequency, term) => {
    if (frequency < minDf || frequency > maxDf) return;
    kept[term] = keptTerms.length;
    keptTerms.push(vocabulary[term]!);
  });
  const n = counts.length;
  const vectors = counts.map((doc): SparseVector => {
    const entries: [number, number][] = [];
    doc.terms.forEach((term, i) => {
      const id = kept[term]!;
      const tf = doc.counts[i]!;
      if (id < 0 || tf <= 0) return;
      const idf = Math.log((1 + n) / (1 + df[term]!)) + 1;
      entries.push([id, (tf >= 1 ? 1 + Math.log(tf) : tf) * idf]);
    });
    entries.sort((x, y) => x[0] - y[0]);
    let squares = 0;
    for (const e of entries) squares += e[1] * e[1];
    const norm = Math.sqrt(squares) || 1;
    return {
      terms: Int32Array.from(entries, (e) => e[0]),
      weights: Float64Array.from(entries, (e) => e[1] / norm),
    };
  });
  return { vectors, vocabulary: keptTerms };
}
