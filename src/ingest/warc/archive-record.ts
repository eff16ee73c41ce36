import type { Diagnostic } from '../../domain/diagnostic.ts';

/** One record of a WARC or ARC file, as framed: its headers and its block, not yet interpreted. */
export interface ArchiveRecord {
  readonly format: 'warc' | 'arc';
  /** The record's file offset (its gzip member's, in a per-record gzip file), or its position in the decompressed data. */
  readonly offset: number;
  /** `WARC-Type` lower-cased (`response`, `resource`, `conversion`, ...); ARC captures are `response`, ARC file headers `warcinfo`. */
  readonly type: string;
  /** Header fields by lower-cased name (ARC header-line fields are mapped to their WARC names). */
  readonly headers: ReadonlyMap<string, string>;
  /** The block; undefined when it was too large to hold and was passed over. */
  readonly block: Uint8Array | undefined;
  /** The block's length as read (after any correction of a wrong Content-Length). */
  readonly length: number;
  /** Set when the file ended before the block did: the length the record declared. */
  readonly cutFrom?: number;
}

/** What the record reader yields: a record, or a problem with one (it has moved past it). */
export type RecordEvent =
  | { readonly kind: 'record'; readonly record: ArchiveRecord }
  | { readonly kind: 'problem'; readonly problem: Diagnostic };
