import type { Span } from './span.ts';
import type { Stance } from './stance.ts';

export type AttributionKind = 'direct' | 'indirect' | 'mixed';

/** Who said what: a content span, the cue that attributes it, and the speaker. */
export interface Attribution {
  readonly kind: AttributionKind;
  readonly content: Span;
  readonly cue: Span | null;
  /** The mention that names the speaker here ("He", "the Chechen leader"). */
  readonly source: Span | null;
  /** The canonical name of who said it after coreference, `null` when unknown. */
  readonly speaker: string | null;
  readonly stance: Stance;
  /** Where it was said: "social media", "Telegram". */
  readonly channel?: string;
  /** Whom it was said to: "The Washington Post". */
  readonly addressee?: string;
  /** The cue is negated ("did not say"). */
  readonly negated?: boolean;
  /** Past, present or future, from the cue's form. */
  readonly tense?: 'past' | 'present' | 'future';
  /** The lemma of the cue ("say", "deny", "according to"). */
  readonly cueLemma?: string;
  /** A continuation quote with no cue takes the speaker of the attribution at this index. */
  readonly speakerFrom?: number;
  /** Index of the document-level entity that said it (Analysis.entities), once resolved. */
  readonly entity?: number;
}
