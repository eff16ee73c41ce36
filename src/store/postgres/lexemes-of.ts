/**
 * The lexemes a text is indexed under in a tsvector: its folded words (words-of.ts, as
 * the SQLite tokenizer sees them), each once. A tsvector lexeme holds at most 2047
 * bytes; a longer word (a run of letters with no space, as a broken page can hold) is
 * indexed under a stand-in made of its start and a hash of the whole, so that searching
 * for the same word finds it, as in SQLite, instead of the insert failing.
 */
import { createHash } from 'node:crypto';
import { wordsOf } from '../words-of.ts';

const MAX_LEXEME_BYTES = 2047;

/** The lexeme a folded word is indexed and searched under. */
export function lexemeOf(word: string): string {
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so shorter words need no counting.
  if (word.length * 3 <= MAX_LEXEME_BYTES || Buffer.byteLength(word) <= MAX_LEXEME_BYTES) return word;
  return `${word.slice(0, 200)}${createHash('sha256').update(word).digest('hex')}`;
}

/** The distinct lexemes of `texts`, in the order they first occur. */
export function lexemesOf(...texts: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (text === undefined) continue;
    for (const word of wordsOf(text)) seen.add(lexemeOf(word));
  }
  return [...seen];
}
