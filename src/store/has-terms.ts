/**
 * Whether a text holds every search term, each as consecutive words: the same test the
 * full-text index applies (a quoted phrase per term, all required), done on one short
 * text in memory. A store uses it where asking the index would cost more than reading
 * the text, e.g. for the attributions of a document already known to match.
 */
import type { SearchTerm } from './search-terms.ts';
import { wordsOf } from './words-of.ts';

function occursIn(words: readonly string[], term: SearchTerm): boolean {
  for (let i = 0; i + term.length <= words.length; i++) {
    if (term.every((t, j) => words[i + j] === t)) return true;
  }
  return false;
}

export function hasTerms(text: string, terms: readonly SearchTerm[]): boolean {
  const words = wordsOf(text);
  return terms.length > 0 && terms.every((term) => occursIn(words, term));
}
