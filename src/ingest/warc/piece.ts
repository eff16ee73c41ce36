import type { Diagnostic } from '../../domain/diagnostic.ts';

/**
 * What the container layer hands the record parser: a run of (decompressed) archive bytes,
 * or a problem in the container itself (a damaged gzip member, stray bytes between members).
 */
export type Piece =
  | {
      readonly kind: 'data';
      readonly bytes: Uint8Array;
      /** The file offset these bytes begin at, when that is known exactly (a plain file, or the start of a gzip member). */
      readonly origin?: number;
    }
  | {
      readonly kind: 'problem';
      readonly problem: Diagnostic;
      /** Bytes were lost: whatever record was being read is cut short, and the parser must look for the next one. */
      readonly lost: boolean;
    };
