import type { Attribution } from './attribution.ts';
import type { DateMention } from './date-mention.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { Document } from './document.ts';
import type { Entity } from './entity.ts';
import type { Figure } from './figure.ts';
import type { Mention } from './mention.ts';
import type { Span } from './span.ts';
import type { Sentence, Token } from './token.ts';

/** A quotation in quotation marks: its span including the marks. */
export interface Quote extends Span {
  /** The closing mark was never found; the quote runs to the end of its paragraph. */
  readonly unbalanced: boolean;
}

/** Attributing words: "said", "had previously insisted", "according to", "went on to state". */
export interface Cue extends Span {
  /** The lemma of the reporting verb or phrase: `say`, `insist`, `according to`. */
  readonly lemma: string;
  readonly tense: 'past' | 'present' | 'future';
  readonly negated: boolean;
  /** Index of the head token. */
  readonly head: number;
}

/**
 * Everything the extraction stages know about one document. Each stage reads the
 * fields earlier stages filled and returns a new Analysis with its own fields set.
 */
export interface Analysis {
  readonly doc: Document;
  /** Spans that are not article text (banners, credits, captions); never removed from `text`. */
  readonly boilerplate: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  /** Entities of this document; `Mention.entity` indexes into it. */
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly cues: readonly Cue[];
  readonly attributions: readonly Attribution[];
  readonly dates: readonly DateMention[];
  readonly figures: readonly Figure[];
  readonly diagnostics: readonly Diagnostic[];
}
