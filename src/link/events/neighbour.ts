/** Another document and how similar it is (cosine of the two TF-IDF vectors). */
export interface Neighbour {
  readonly index: number;
  readonly similarity: number;
}
