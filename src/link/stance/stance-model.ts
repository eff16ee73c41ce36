/**
 * What turns words into numbers, learnt from the training pairs and stored with the net.
 * `vocab` indexes the word-count blocks (the most frequent content words); `idf` weighs
 * every word seen in at least two training texts, `unseenIdf` any other word (rarer still).
 */
export interface StanceVectoriser {
  readonly vocab: ReadonlyMap<string, number>;
  readonly idf: ReadonlyMap<string, number>;
  readonly unseenIdf: number;
  /** BM25's average text length, in content words. */
  readonly avgTextLength: number;
  /** The word-count blocks of the input, in order: the claim's words, the text's, the text's not in the claim. */
  readonly blocks: readonly CountBlock[];
}

export type CountBlock = 'claim' | 'text' | 'novel';

/**
 * A one-hidden-layer perceptron: ReLU hidden units, softmax outputs. `w1` is row-major by
 * input (the hidden weights of input i start at i * hidden) because inputs are sparse;
 * `w2` is row-major by hidden unit.
 */
export interface StanceNet {
  readonly inputs: number;
  readonly hidden: number;
  readonly outputs: number;
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

/** A trained stance classifier: the vectoriser, how to standardise the dense features, the net. */
export interface StanceModel {
  readonly vectoriser: StanceVectoriser;
  readonly denseMean: Float32Array;
  readonly denseStd: Float32Array;
  readonly net: StanceNet;
  /** Free text saying what it was trained on ("FNC-1 train, all bodies"). */
  readonly trainedOn: string;
}

/** A feature vector as parallel arrays of input indices and values. */
export interface SparseInput {
  readonly index: Int32Array;
  readonly value: Float32Array;
}
