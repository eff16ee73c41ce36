/**
 * The few words around a search match, for a search hit. Computed from the text rather
 * than by the database's own highlighter so that every Store implementation returns the
 * same snippet for the same hit, and so that it is plain text (no markup to escape).
 */
import type { SearchTerm } from './search-terms.ts';
import { foldWord } from './fold-word.ts';

const WORDS_BEFORE = 8;
const WORDS_AFTER = 16;
const ELLIPSIS = '…';

interface Token {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}\p{Co}]+/gu)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) });
  }
  return tokens;
}

/** Index of the first token where a whole term occurs, else where any term's first word does, else -1. */
function firstMatch(tokens: readonly Token[], terms: readonly SearchTerm[]): number {
  let loose = -1;
  for (let i = 0; i < tokens.length; i++) {
    for (const term of terms) {
      if (tokens[i]?.folded !== term[0]) continue;
      if (term.every((t, j) => tokens[i + j]?.folded === t)) return i;
      if (loose < 0) loose = i;
    }
  }
  return loose;
}

/**
 * About two dozen words around the first place a term of `terms` occurs, from the first
 * of `texts` in which one does (a document's body, then its title), or from the start of
 * the first text when none does; whitespace collapsed, `…` where it was cut.
 */
export function snippetAround(texts: readonly string[], terms: readonly SearchTerm[]): string {
  for (const text of texts) {
    const tokens = tokensOf(text);
    const at = firstMatch(tokens, terms);
    if (at >= 0) return cut(text, tokens, at);
  }
  const text = texts[0] ?? '';
  return cut(text, tokensOf(text), 0);
}

function cut(text: string, tokens: readonly Token[], at: number): string {
  if (tokens.length === 0) return text.replace(/\s+/gu, ' ').trim().slice(0, 200);
  const from = Math.max(0, at - WORDS_BEFORE);
  const to = Math.min(tokens.length - 1, at + WORDS_AFTER);
  // Cut from the start of the first word to the end of the last one, keeping the
  // punctuation between them; the ends of the text are kept whole.
  const start = from === 0 ? 0 : (tokens[from]?.start ?? 0);
  const end = to === tokens.length - 1 ? text.length : (tokens[to]?.end ?? text.length);
  const body = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return `${start > 0 ? ELLIPSIS : ''}${body}${end < text.length ? ELLIPSIS : ''}`;
}
