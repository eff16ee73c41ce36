/**
 * Prepared statements, prepared once per store and reused: compiling SQL costs more than
 * running a small insert, and addDocument runs a hundred of them. The cache belongs to
 * one open database (no module-level state); queries built from optional filters are
 * cached by their text, and there are only a few dozen combinations of filters.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';

export type StatementCache = (sql: string) => StatementSync;

export function statementCache(db: DatabaseSync): StatementCache {
  const statements = new Map<string, StatementSync>();
  return (sql) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
