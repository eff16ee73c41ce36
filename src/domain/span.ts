/**
 * A stretch of a document's text: JavaScript string indices (UTF-16 code units),
 * end exclusive, into the document's text exactly as it was decoded. No stage ever
 * rewrites the text, so a span always points back into the original.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}
