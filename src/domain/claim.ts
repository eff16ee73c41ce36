import type { Span } from './span.ts';
import type { Position } from './stance.ts';

/** One speaker's position on a claim, with the evidence for it. */
export interface ClaimPosition {
  readonly speaker: string;
  readonly position: Position;
  readonly doc: string;
  readonly span: Span;
  /** The evidence's attribution: its index in the document's attributions. */
  readonly attribution?: number;
}

/** A proposition carried across outlets, with who supports and who opposes it. */
export interface Claim {
  readonly id: string;
  readonly text: string;
  readonly positions: readonly ClaimPosition[];
}
