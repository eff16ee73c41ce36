/**
 * Brings a SQLite database up to the schema in migrations.ts: applies, in order, each
 * step not yet recorded in `schema_migrations`, each in its own transaction together
 * with its record, so that a failed step leaves the database at the step before it.
 */
import type { DatabaseSync } from 'node:sqlite';
import { StoreError } from '../../domain/errors.ts';
import type { Migration } from './migrations.ts';

/** Applies the steps of `steps` the database lacks; returns the versions it applied. */
export function applyMigrations(db: DatabaseSync, steps: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const latest = db.prepare('SELECT max(version) AS v FROM schema_migrations');
  const current = (): number => Number(latest.get()?.['v'] ?? 0);
  const known = Math.max(0, ...steps.map((s) => s.version));
  const found = current();
  if (found > known) {
    throw new StoreError(
      `the database has schema version ${found}, newer than this claimtrail knows (${known})`,
    );
  }
  const applied: number[] = [];
  // The common case, an up-to-date database, takes no write lock at all.
  if (found === known) return applied;
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    // BEGIN IMMEDIATE takes the write lock before reading the version again, so that two
    // processes opening a new database at once do not both apply the same step.
    db.exec('BEGIN IMMEDIATE');
    try {
      if (step.version > current()) {
        db.exec(step.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          step.version,
          step.name,
          new Date().toISOString(),
        );
        applied.push(step.version);
      }
      db.exec('COMMIT');
    } catch (err) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw new StoreError(`schema migration ${step.version} (${step.name}) failed`, { cause: err });
    }
  }
  return applied;
}
