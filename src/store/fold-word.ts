/**
 * Folding a word for comparison the way the full-text indexes do (SQLite FTS5
 * `unicode61 remove_diacritics 2`): lower case, combining marks removed, so `Zürich`,
 * `ZURICH` and `zurich` compare equal. Works on whole texts as well as single words.
 */
const MARKS = /\p{M}+/gu;
// eslint-disable-next-line no-control-regex -- the ASCII range, on purpose
const ASCII = /^[\u0000-\u007f]*$/;

export function foldWord(word: string): string {
  // Most text is ASCII, where folding is lower-casing; normalising is the costly part.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}
