/**
 * Whether a document matches every search term as SQLite's full-text index matches it:
 * each term's words standing together (a phrase), in the body or in the title (a phrase
 * lies within one of them, different terms may lie in either). Run on the documents the
 * positionless tsvector let through, when some term has several words (ts-query.ts).
 */
import { hasTerms } from '../has-terms.ts';
import type { SearchTerm } from '../search-terms.ts';

export function matchTerms(texts: readonly (string | null)[], terms: readonly SearchTerm[]): boolean {
  return terms.every((term) => texts.some((text) => text !== null && hasTerms(text, [term])));
}
