/** A word or punctuation token. `pos` is a Universal Dependencies tag (NOUN, VERB, PROPN, ...). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
  /** Index of the sentence that holds it. */
  readonly sentence: number;
}

/** A sentence: its character span and its tokens `[tokenStart, tokenEnd)`. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** The paragraph (block of lines separated by blank lines) it belongs to. */
  readonly paragraph: number;
}
