/**
 * The WHERE condition of keyset pagination: rows strictly after a given sort key, for an
 * ORDER BY whose columns may each run either way. A row comparison `(a, b) > (x, y)`
 * cannot mix directions, so the condition is spelled out: `a < x OR (a = x AND (b > y
 * OR ...))`, with a redundant `a <= x` in front that lets the planner start the index
 * scan at the page instead of at the top.
 */
import type { SqlParams } from './sql-params.ts';

export interface SortColumn {
  readonly expr: string;
  readonly desc?: boolean;
}

export function keysetAfter(columns: readonly SortColumn[], key: readonly unknown[], p: SqlParams): string {
  if (columns.length === 0 || columns.length !== key.length) {
    throw new Error(`keysetAfter: ${columns.length} columns but a key of ${key.length}`);
  }
  const after = (i: number): string => {
    const c = columns[i] as SortColumn;
    const v = p.add(key[i]);
    const strictly = `${c.expr} ${c.desc ? '<' : '>'} ${v}`;
    if (i === columns.length - 1) return strictly;
    return `(${strictly} OR (${c.expr} = ${v} AND ${after(i + 1)}))`;
  };
  const first = columns[0] as SortColumn;
  return `${first.expr} ${first.desc ? '<=' : '>='} ${p.add(key[0])} AND ${after(0)}`;
}
