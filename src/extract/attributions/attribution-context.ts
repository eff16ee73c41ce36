import type { Quote } from '../../domain/analysis.ts';
import type { Mention } from '../../domain/mention.ts';
import type { Sentence, Token } from '../../domain/token.ts';

/** What the attribution rules read: one document's text, tokens, sentences, quotes and mentions. */
export interface AttributionContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
  readonly mentions: readonly Mention[];
}
