/**
 * Search terms (search-terms.ts) as a tsquery that cannot be a syntax error: the
 * distinct lexemes of every term, each a quoted lexeme, joined by `&`. User text never
 * reaches tsquery syntax as such: a term holds only folded letters, digits and marks,
 * and each lexeme is quoted (with any quote or backslash doubled, although none can
 * occur), so operators, weights and prefixes the user typed arrive as words or not at
 * all. The tsvectors hold no positions, so a term of several words ("don't" is
 * [don, t]) is matched here only word by word; `phrases` says whether hits must then
 * be checked against the text (match-terms.ts) for the words standing together.
 */
import type { SearchTerm } from '../search-terms.ts';
import { lexemeOf } from './lexemes-of.ts';

export interface TsQuery {
  /** The tsquery text, for `$n::tsquery`. */
  readonly query: string;
  /** Whether some term has more than one word. */
  readonly phrases: boolean;
}

/** The tsquery for `terms`, or undefined when there is nothing to search for. */
export function tsQuery(terms: readonly SearchTerm[]): TsQuery | undefined {
  const lexemes = new Set(terms.flatMap((term) => term.map(lexemeOf)));
  if (lexemes.size === 0) return undefined;
  const quoted = [...lexemes].map((l) => `'${l.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`);
  return { query: quoted.join(' & '), phrases: terms.some((t) => t.length > 1) };
}
