/**
 * One step of agglomerative clustering: clusters `a` and `b` joined at `similarity`. Ids
 * below n are the documents; merge i makes cluster n + i (the convention of SciPy's linkage).
 */
export interface Merge {
  readonly a: number;
  readonly b: number;
  /** Group-average cosine similarity between the two clusters' documents. */
  readonly similarity: number;
  /** How many documents the new cluster holds. */
  readonly size: number;
}
