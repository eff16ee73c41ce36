import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../domain/errors.ts';
import { openSqliteUserStore } from '../store/sqlite/open-sqlite-user-store.ts';
import type { UserStore } from '../store/user-store.ts';

/** The accounts kept in the store a location names (open-store.ts): the same SQLite file. */
export async function openUserStore(location: string): Promise<UserStore> {
  if (/^postgres(ql)?:\/\//.test(location)) throw new UsageError(`PostgreSQL stores are not supported yet: ${location}`);
  const path = location.replace(/^sqlite:/, '');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return openSqliteUserStore(path);
}
