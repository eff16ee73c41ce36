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
      const postings = index[vector.terms[position]!]!;
      const weight = vector.weights[position]!;
      for (let p = 0; p < postings.docs.length; p++) {
        const other = postings.docs[p]!;
        if (other === d) continue;
        const before = accumulator[other]!;
        if (before === 0) touched.push(other);
        accumulator[other] = before + weight * postings.weights[p]!;
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

interface Postings {
  readonly docs: Int32Array;
  readonly weights: Float64Array;
}

function invertedIndex(vectors: readonly SparseVector[], postingsPerTerm: number): Postings[] {
  const lists: [number, number][][] = [];
  vectors.forEach((vector, doc) => {
    for (let i = 0; i < vector.terms.length; i++) {
      const term = vector.terms[i]!;
      (lists[term] ??= []).push([doc, vector.weights[i]!]);
    }
  });
  const index: Postings[] = [];
  for (let term = 0; term < lists.length; term++) {
    const list = (lists[term] ?? []).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, postingsPerTerm);
    index.push({ docs: Int32Array.from(list, (e) => e[0]), weights: Float64Array.from(list, (e) => e[1]) });
  }
  return index;
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
