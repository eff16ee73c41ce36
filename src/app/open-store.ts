import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openPostgresStore } from '../store/postgres/open-postgres-store.ts';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.ts';
import type { SqliteOpenOptions } from '../store/sqlite/open-sqlite-store.ts';
import type { MovableStore } from '../store/store.ts';

/** postgres://USER@HOST:PORT/DB, optionally with ?schema=NAME (default public). */
const POSTGRES = /^postgres(ql)?:\/\//;

/**
 * Opens the store a location names: a `postgres://` or `postgresql://` URL for a
 * PostgreSQL store (in the schema `?schema=NAME`, default `public`); else a file path or
 * `sqlite:PATH` for the embedded store, whose folder is created when missing.
 */
export async function openStore(location: string, options: SqliteOpenOptions = {}): Promise<MovableStore> {
  if (POSTGRES.test(location)) return openPostgresStore(location);
  const path = location.replace(/^sqlite:/, '');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return openSqliteStore(path, options);
}
