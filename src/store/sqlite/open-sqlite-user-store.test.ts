/**
 * The SQLite UserStore: the shared contract on an in-memory database, and what only the
 * database shows: the audit cannot be rewritten, and accounts live in the ledger's file.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, it } from 'node:test';
import { userStoreContract } from '../user-store-contract.ts';
import { openSqliteStore } from './open-sqlite-store.ts';
import { openSqliteUserStore } from './open-sqlite-user-store.ts';

userStoreContract('sqlite', () => openSqliteUserStore(':memory:'));

describe('SQLite UserStore in the ledger file', () => {
  it('shares the file with the Store, and its audit refuses updates and deletes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimtrail-users-'));
    try {
      const path = join(dir, 'ledger.db');
      const store = await openSqliteStore(path);
      const users = await openSqliteUserStore(path);
      await users.appendAudit({ at: '2030-01-01T00:00:00.000Z', who: 'ada', action: 'link' });
      assert.equal((await store.stats()).documents, 0);
      await users.close();
      await store.close();
      const db = new DatabaseSync(path);
      try {
        assert.throws(() => db.exec("UPDATE api_audit SET who = 'mallory'"), /append-only/);
        assert.throws(() => db.exec('DELETE FROM api_audit'), /append-only/);
      } finally {
        db.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
