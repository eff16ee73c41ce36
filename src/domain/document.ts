import type { Span } from './span.ts';

/** A decoded original: its text and what is known about it. */
export interface Document {
  /** SHA-256 of the original bytes, lower-case hex: the document's identity. */
  readonly id: string;
  readonly name: string;
  readonly uri: string;
  readonly mediaType: string;
  /** The text every span points into (for HTML: the extracted article text). */
  readonly text: string;
  /** How the bytes were decoded: `utf-8`, `utf-8-bom`, `latin1`, or `html`. */
  readonly encoding: string;
  readonly byteLength: number;
  readonly title?: string;
  /** Where the headline stands in the text, when it is part of it. */
  readonly titleSpan?: Span;
  readonly published?: string;
  readonly author?: string;
  readonly publisher?: string;
  /** "This article was originally published on Gay Times" gives `Gay Times`. */
  readonly syndicatedFrom?: string;
  readonly url?: string;
  readonly language?: string;
  readonly capturedAt?: string;
}
