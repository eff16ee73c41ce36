/**
 * One non-blank line of a document, trimmed: `start`/`end` point into the document text
 * at its first and after its last non-space character, `text` is that stretch.
 */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Position among the document's non-blank lines. */
  readonly index: number;
  /** A blank line (or the start of the text) comes before it. */
  readonly blankBefore: boolean;
  /** A blank line (or the end of the text) comes after it. */
  readonly blankAfter: boolean;
  /** Offsets into `text` where sentences begin: 0, and those in its last 250 characters (sentence-starts.ts). */
  readonly sentenceStarts: readonly number[];
}
