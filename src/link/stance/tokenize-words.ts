import { stemWord } from './stem-word.ts';

/**
 * The stemmed lowercase words of a text. "isn't" and "cannot" become "is not" and "can
 * not", so that a negation is a word of its own ("Iraq says woman is not the leader's
 * wife"); a possessive "'s" is dropped; curly apostrophes count as straight ones.
 */
export function tokenizeWords(text: string): string[] {
  const norm = text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\bcan'?not\b/g, 'can not')
    .replace(/\b(\w+)n't\b/g, '$1 not')
    .replace(/'s\b/g, '');
  const out: string[] = [];
  for (const m of norm.matchAll(/[a-z0-9]+/g)) out.push(stemWord(m[0]));
  return out;
}
