/** An original as a source yielded it: the bytes unaltered, plus what the source knew. */
export interface RawDocument {
  /** Where it came from: a file path or a URL. */
  readonly uri: string;
  /** The document name used in output: the file name without directory, `.gz` and last extension. */
  readonly name: string;
  /** The original bytes, never altered. */
  readonly bytes: Uint8Array;
  /** `text/plain`, `text/html`, ... as the source determined it. */
  readonly mediaType: string;
  /** When the source captured it (ISO 8601), if known. */
  readonly capturedAt?: string;
  /** What the source knew besides the bytes: a feed item's title, link, date, ... */
  readonly hints?: Readonly<DocumentHints>;
}

export interface DocumentHints {
  title?: string;
  published?: string;
  author?: string;
  url?: string;
  publisher?: string;
}
