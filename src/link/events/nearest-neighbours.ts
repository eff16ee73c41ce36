import { dotProduct } from './dot-product.ts';
import type { Neighbour } from './neighbour.ts';
import type { SparseVector } from './sparse-vector.ts';
import { topByScore } from './top-by-score.ts';

export interface NearestNeighbourOptions {
  /** How many neighbours to keep per document. Default 10. */
  readonly k?: number;
  /** Only a document's heaviest terms are looked up in the index. Default 40. */
  readonly termsPerDocument?: number;
  /** Only a term's heaviest postings are kept in the index. Default 200. */
  readonly postingsPerTerm?: number;
  /** Pairs less similar than this are not neighbours. Default 0.02. */
  readonly minSimilarity?: number;
}

/**
 * Each document's most similar documents, found through an inverted index rather than by
 * comparing all pairs. A document looks up only its heaviest terms, and each term keeps only
 * its heaviest postings, so the work per document is bounded by a constant and the whole
 * costs O(n log n) (the log for sorting postings); memory is the index plus one n-long
 * accumulator. Candidates found this way are then scored exactly. The result is symmetric:
 * if either of two documents found the other, each lists the other.
 */
export function nearestNeighbours(
  vectors: readonly SparseVector[],
  options: NearestNeighbourOptions = {},
): Neighbour[][] {
  const k = options.k ?? 10;
  const termsPerDocument = options.termsPerDocument ?? 40;
  const postingsPerTerm = options.postingsPerTerm ?? 200;
  const minSimilarity = options.minSimilarity ?? 0.02;
  const n = vectors.length;
  const index = invertedIndex(vectors, postingsPerTerm);
  const found: Neighbour[][] = vectors.map(() => []);
  const accumulator = new Float64Array(n);
  const touched: number[] = [];
  for (let d = 0; d < n; d++) {
    const vector = vectors[d]!;
    for (const position of heaviest(vector, termsPerDocument)) {
      const term = vector.terms[position]!;
      const weight = vector.weights[position]!;
      for (let p = index.start[term]!, end = index.start[term + 1]!; p < end; p++) {
        const other = index.docs[p]!;
        if (other === d) continue;
        const before = accumulator[other]!;
        if (before === 0) touched.push(other);
        accumulator[other] = before + weight * index.weights[p]!;
      }
    }
    // The partial scores rank candidates; the best few are scored in full.
    const scored: Neighbour[] = [];
    for (const other of topByScore(touched, (x) => accumulator[x]!, 2 * k + 10)) {
      const similarity = dotProduct(vector, vectors[other]!);
      if (similarity >= minSimilarity) scored.push({ index: other, similarity });
    }
    for (const other of touched) accumulator[other] = 0;
    touched.length = 0;
    scored.sort(byBest);
    for (const neighbour of scored.slice(0, k)) {
      found[d]!.push(neighbour);
      found[neighbour.index]!.push({ index: d, similarity: neighbour.similarity });
    }
  }
  return found.map((list) => dedupe(list).sort(byBest));
}

/**
 * The inverted index in three flat arrays: term t's postings are docs and weights from
 * start[t] to start[t + 1], heaviest first (ties by document). Flat, because one small
 * array per posting or two per term made the index of a few thousand documents take
 * hundreds of megabytes for a moment.
 */
interface InvertedIndex {
  readonly start: Int32Array;
  readonly docs: Int32Array;
  readonly weights: Float64Array;
}

function invertedIndex(vectors: readonly SparseVector[], postingsPerTerm: number): InvertedIndex {
  let terms = 0;
  let total = 0;
  for (const vector of vectors) {
    for (const term of vector.terms) terms = Math.max(terms, term + 1);
    total += vector.terms.length;
  }
  // every posting, grouped by term (counting sort), in document order within a term
  const all = new Int32Array(terms + 1);
  for (const vector of vectors) for (const term of vector.terms) all[term + 1]!++;
  for (let t = 0; t < terms; t++) all[t + 1]! += all[t]!;
  const fill = all.slice(0, terms);
  const allDocs = new Int32Array(total);
  const allWeights = new Float64Array(total);
  vectors.forEach((vector, doc) => {
    for (let i = 0; i < vector.terms.length; i++) {
      const at = fill[vector.terms[i]!]!++;
      allDocs[at] = doc;
      allWeights[at] = vector.weights[i]!;
    }
  });
  // each term's heaviest postings, moved down in place: what is kept so far ends at or
  // before this term's first posting, and the term's own are copied out before writing
  const start = new Int32Array(terms + 1);
  let kept = 0;
  for (let t = 0; t < terms; t++) {
    const from = all[t]!;
    const order = Array.from({ length: all[t + 1]! - from }, (_, i) => from + i);
    order.sort((a, b) => allWeights[b]! - allWeights[a]! || allDocs[a]! - allDocs[b]!);
    const keep = order.slice(0, postingsPerTerm);
    const docs = keep.map((p) => allDocs[p]!);
    const weights = keep.map((p) => allWeights[p]!);
    for (let i = 0; i < keep.length; i++) {
      allDocs[kept + i] = docs[i]!;
      allWeights[kept + i] = weights[i]!;
    }
    kept += keep.length;
    start[t + 1] = kept;
  }
  return { start, docs: allDocs.slice(0, kept), weights: allWeights.slice(0, kept) };
}

/** Positions of a vector's `count` heaviest terms. */
function heaviest(vector: SparseVector, count: number): number[] {
  const positions = Array.from(vector.terms, (_, i) => i);
  if (positions.length <= count) return positions;
  return topByScore(positions, (i) => vector.weights[i]!, count);
}

function byBest(a: Neighbour, b: Neighbour): number {
  return b.similarity - a.similarity || a.index - b.index;
}

function dedupe(list: Neighbour[]): Neighbour[] {
  const seen = new Set<number>();
  return list.filter((neighbour) => !seen.has(neighbour.index) && (seen.add(neighbour.index), true));
}
