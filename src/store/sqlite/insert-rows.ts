/**
 * Inserting many rows at once, as multi-row `INSERT ... VALUES (...), (...)` statements of
 * a fixed number of rows, prepared once per store; the rows left over go in one by one.
 * Every call from JavaScript into SQLite costs about a microsecond before any work is
 * done: half a million rows one statement each took 760 ms, 200 rows a statement 320 ms.
 * (`INSERT ... SELECT FROM json_each(?)` was slower still, 900 ms: parsing JSON in SQL.)
 */
import type { SQLInputValue } from 'node:sqlite';
import type { StatementCache } from './statement-cache.ts';

const ROWS_PER_STATEMENT = 200;

/** SQLite allows at most 32766 parameters in one statement. */
const MAX_PARAMETERS = 32_766;

export function insertRows(
  sql: StatementCache,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SQLInputValue[])[],
): void {
  const width = columns.length;
  const batch = Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / width)));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const into = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const many = sql(into + Array.from({ length: batch }, () => tuple).join(', '));
  const params: SQLInputValue[] = new Array<SQLInputValue>(batch * width);
  let i = 0;
  for (; i + batch <= rows.length; i += batch) {
    for (let r = 0; r < batch; r++) {
      const row = rows[i + r] as readonly SQLInputValue[];
      for (let c = 0; c < width; c++) params[r * width + c] = row[c] as SQLInputValue;
    }
    many.run(...params);
  }
  const one = sql(into + tuple);
  for (; i < rows.length; i++) one.run(...(rows[i] as readonly SQLInputValue[]));
}
