/** A problem with one document: it is reported and the run goes on. */
export interface Diagnostic {
  /** The document's name, or its URI when it never got one. */
  readonly doc: string;
  readonly severity: 'error' | 'warning';
  /** A stable machine-readable code: `empty`, `binary`, `too-large`, `undecodable`, `stage-failed`, ... */
  readonly code: string;
  readonly message: string;
  /** Byte offset in a container (a WARC record), when it applies. */
  readonly offset?: number;
}
