/**
 * A text as a string of folded words with a space before and after each, for word-prefix
 * matching with a plain substring test: `" 1 200 deaths of gay men "` contains `" death"`
 * and `" gay men"`, while `" men"` is not found in `" women "`. Stored beside free-text fields that are
 * filtered on (a figure's `what`), computed in one place for every Store implementation.
 */
import { wordsOf } from './words-of.ts';

export function wordKey(text: string): string {
  const words = wordsOf(text);
  return words.length === 0 ? ' ' : ` ${words.join(' ')} `;
}
