/**
 * Search terms as an FTS5 MATCH expression that cannot be a syntax error: each term
 * becomes a quoted phrase of its word tokens (`don't` → `"don t"`), and phrases side by
 * side are all required. Operators (AND, OR, NOT, NEAR), column filters (`col:`),
 * prefix stars and parentheses the user typed arrive only as words or not at all,
 * because search-terms.ts keeps nothing but letters, digits and marks.
 */
import type { SearchTerm } from '../search-terms.ts';

/** The MATCH expression for `terms`, or undefined when there is nothing to search for. */
export function ftsQuery(terms: readonly SearchTerm[]): string | undefined {
  const phrases = terms
    .map((tokens) => tokens.join(' ').replaceAll('"', '""').trim())
    .filter((phrase) => phrase.length > 0)
    .map((phrase) => `"${phrase}"`);
  return phrases.length === 0 ? undefined : phrases.join(' ');
}
