/**
 * Plain search text as terms: what every word-search in a Store starts from. The user
 * types words, never a query language, so the text is cut at whitespace into terms, and
 * each term into its word tokens (runs of letters, digits and combining marks): `don't`
 * is the term [don, t], `U.S.` is [u, s], `NEAR(` is [near], and `*` or `--` are no term at all.
 * Tokens are folded (lower case, diacritics removed) the way the full-text indexes fold
 * them, so that callers can both build an index query and find the words again in text.
 */
import { wordsOf } from './words-of.ts';

/** A term: the folded word tokens of one whitespace-separated piece of the query, in order. */
export type SearchTerm = readonly string[];

/** Beyond this many terms a query is not a search any more; the rest is ignored. */
const MAX_TERMS = 32;

/** The terms of `text`; empty when it holds no word at all (empty, blanks, punctuation only). */
export function searchTerms(text: string): readonly SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const piece of text.split(/\s+/u)) {
    if (terms.length >= MAX_TERMS) break;
    const tokens = wordsOf(piece);
    if (tokens.length > 0) terms.push(tokens);
  }
  return terms;
}
