import type { AttributionKind } from '../../domain/attribution.ts';
import type { Span } from '../../domain/span.ts';
import type { Stance } from '../../domain/stance.ts';

/** An attribution as claim building sees it: who, with what stance, said what, where. */
export interface Statement {
  readonly doc: string;
  /** The earliest document this one copies (syndication), or its own name. */
  readonly family: string;
  readonly speaker: string | null;
  readonly stance: Stance;
  readonly kind: AttributionKind;
  readonly span: Span;
  readonly text: string;
  /** The attribution's index in its document, carried through to the claim's positions. */
  readonly index?: number;
}
