/** How alike two documents are, estimated from their signatures. */
export interface Similarity {
  /** Shared shingles over all shingles of either. */
  readonly jaccard: number;
  /**
   * Shared shingles over the shingles of the shorter document: how much of the shorter
   * one is in the longer. A copy with paragraphs cut, or wrapped in banners and notices,
   * has a low Jaccard similarity to its source but a containment near 1.
   */
  readonly containment: number;
}

/** What `estimateSimilarity` needs of a document. */
export interface Signed {
  readonly signature: Uint32Array;
  readonly shingles: number;
}

/**
 * Jaccard similarity is the share of signature positions where the two agree; from it
 * and the two shingle counts follows the size of the intersection,
 * |A ∩ B| = J (|A| + |B|) / (1 + J), hence containment. The containment estimate is
 * as good as the Jaccard one times (|A| + |B|) / min(|A|, |B|), so it grows noisy when
 * one document is many times the other; those pairs rarely agree in enough bands to be
 * candidates anyway. Signatures must come from the same settings.
 */
export function estimateSimilarity(a: Signed, b: Signed): Similarity {
  if (a.shingles === 0 || b.shingles === 0) return { jaccard: 0, containment: 0 };
  const n = Math.min(a.signature.length, b.signature.length);
  let agree = 0;
  for (let i = 0; i < n; i++) if (a.signature[i] === b.signature[i]) agree++;
  const jaccard = agree / n;
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, shared / Math.min(a.shingles, b.shingles)) };
}
