/**
 * The WHERE condition of keyset pagination: rows strictly after a given sort key, for an
 * ORDER BY whose columns may each run either way. SQLite's row values cannot mix
 * directions, so the condition is spelled out: `a < ? OR (a = ? AND (b > ? OR ...))`,
 * with a redundant `a <= ?` in front that lets the planner seek the index to the start
 * of the page instead of walking it from the top.
 */
import type { SQLInputValue } from 'node:sqlite';

export interface SortColumn {
  readonly expr: string;
  readonly desc?: boolean;
}

export function keysetAfter(
  columns: readonly SortColumn[],
  key: readonly SQLInputValue[],
): { readonly sql: string; readonly params: SQLInputValue[] } {
  if (columns.length === 0 || columns.length !== key.length) {
    throw new Error(`keysetAfter: ${columns.length} columns but a key of ${key.length}`);
  }
  const params: SQLInputValue[] = [];
  const after = (i: number): string => {
    const c = columns[i] as SortColumn;
    const v = key[i] as SQLInputValue;
    const op = c.desc ? '<' : '>';
    params.push(v);
    if (i === columns.length - 1) return `${c.expr} ${op} ?`;
    const strictly = `${c.expr} ${op} ?`;
    params.push(v);
    return `(${strictly} OR (${c.expr} = ? AND ${after(i + 1)}))`;
  };
  const first = columns[0] as SortColumn;
  const seek = `${first.expr} ${first.desc ? '<=' : '>='} ?`;
  const rest = after(0);
  return { sql: `${seek} AND ${rest}`, params: [key[0] as SQLInputValue, ...params] };
}
