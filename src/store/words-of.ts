/**
 * The folded words of a text, as the full-text indexes see them (SQLite FTS5
 * `unicode61 remove_diacritics 2`): runs of letters, digits and combining marks, in
 * lower case without diacritics. `Zürich's` gives [zurich, s].
 */
import { foldWord } from './fold-word.ts';

const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

export function wordsOf(text: string): string[] {
  // Folding the whole text first is one normalisation instead of one per word, and
  // gives the same words: removing marks never joins or splits a run of word characters.
  return foldWord(text).match(WORD) ?? [];
}
