/**
 * A document or cluster as a sparse vector: term ids in ascending order with their
 * weights. Ascending ids let two vectors be multiplied by one merge walk, and typed
 * arrays keep 8,000 articles' vectors to a few megabytes.
 */
export interface SparseVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
}
