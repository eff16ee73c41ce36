/**
 * A document's weighted term counts in compact form: ids into a vocabulary shared by the
 * collection (see `createTermInterner`), in the order the terms first appeared in the
 * document, with their counts. About 8 bytes a term instead of a Map entry and a string.
 */
export interface TermCounts {
  readonly terms: Int32Array;
  readonly counts: Float32Array;
}
