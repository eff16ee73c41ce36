import type { AttributionKind } from '../../domain/attribution.ts';
import type { Span } from '../../domain/span.ts';

const MARKS = /["“”«»„]/;

/**
 * Direct when the content is one quotation, marks included; mixed when reported speech
 * holds a quoted fragment (`human rights have undergone a "grandiose" improvement`);
 * indirect otherwise.
 */
export function attributionKind(text: string, content: Span, quotes: readonly Span[]): AttributionKind {
  if (quotes.some((q) => q.start === content.start && q.end === content.end)) return 'direct';
  return MARKS.test(text.slice(content.start, content.end)) ? 'mixed' : 'indirect';
}
