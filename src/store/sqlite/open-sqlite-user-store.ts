/**
 * The UserStore in the SQLite file of the ledger (migration 4), on a connection of its
 * own: the API server holds both, and a WAL database serves two connections without
 * either waiting on reads. Rows are checked with zod on the way back, as in the Store.
 */
import { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { StoreError } from '../../domain/errors.ts';
import type { AuditEntry, Role, SessionRecord, TokenRecord, UserRecord, UserStore } from '../user-store.ts';
import { applyMigrations } from './apply-migrations.ts';
import { migrations } from './migrations.ts';
import { opt } from '../opt.ts';
import { parseRow } from './parse-row.ts';
import { statementCache, type StatementCache } from './statement-cache.ts';

const role = z.enum(['viewer', 'analyst', 'admin']);
const userRow = z
  .object({ id: z.string(), name: z.string(), role, password_hash: z.string(), created_at: z.string() })
  .transform((r): UserRecord => ({ id: r.id, name: r.name, role: r.role, passwordHash: r.password_hash, createdAt: r.created_at }));
const sessionRow = z
  .object({
    id_hash: z.string(),
    user_id: z.string(),
    csrf_token: z.string(),
    created_at: z.string(),
    last_seen_at: z.string(),
    expires_at: z.string(),
    absolute_expires_at: z.string(),
  })
  .transform(
    (r): SessionRecord => ({
      idHash: r.id_hash,
      userId: r.user_id,
      csrfToken: r.csrf_token,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      expiresAt: r.expires_at,
      absoluteExpiresAt: r.absolute_expires_at,
    }),
  );
const tokenRow = z
  .object({
    id: z.string(),
    user_id: z.string(),
    label: z.string(),
    hash: z.string(),
    created_at: z.string(),
    last_used_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .transform(
    (r): TokenRecord => ({
      id: r.id,
      userId: r.user_id,
      label: r.label,
      hash: r.hash,
      createdAt: r.created_at,
      ...opt('lastUsedAt', r.last_used_at),
      ...opt('revokedAt', r.revoked_at),
    }),
  );
const auditRow = z
  .object({ seq: z.int(), at: z.string(), who: z.string(), action: z.string(), target: z.string().nullable(), detail: z.string().nullable() })
  .transform((r): AuditEntry => ({ seq: r.seq, at: r.at, who: r.who, action: r.action, ...opt('target', r.target), ...opt('detail', r.detail) }));
const countRow = z.object({ n: z.int() });

const USER = 'SELECT id, name, role, password_hash, created_at FROM users';
const SESSION = 'SELECT id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, absolute_expires_at FROM sessions';
const TOKEN = 'SELECT id, user_id, label, hash, created_at, last_used_at, revoked_at FROM api_tokens';

/** Names compare case-insensitively and without surrounding blanks: "Ada" and "ada " are one account. */
const nameKey = (name: string): string => name.trim().toLowerCase();

export async function openSqliteUserStore(path: string): Promise<UserStore> {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { enableForeignKeyConstraints: true, timeout: 5000, defensive: true });
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    applyMigrations(db, migrations);
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError(`cannot open the user accounts in ${path}`, { cause: err });
  }
  let sql: StatementCache | undefined = statementCache(db);
  const run = async <T>(what: string, work: (s: StatementCache) => T): Promise<T> => {
    if (sql === undefined) throw new StoreError(`${what}: the user store is closed`);
    try {
      return work(sql);
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError(`${what} failed`, { cause: err });
    }
  };
  const user = (row: unknown): UserRecord | undefined => (row === undefined ? undefined : parseRow(userRow, row, 'user'));
  const token = (row: unknown): TokenRecord | undefined => (row === undefined ? undefined : parseRow(tokenRow, row, 'token'));

  return {
    addUser: (u) =>
      run('addUser', (s) => {
        const r = s('INSERT INTO users (id, name, name_key, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
          u.id,
          u.name.trim(),
          nameKey(u.name),
          u.role,
          u.passwordHash,
          u.createdAt,
        );
        return { added: r.changes === 1 };
      }),
    userById: (id) => run('userById', (s) => user(s(`${USER} WHERE id = ?`).get(id))),
    userByName: (name) => run('userByName', (s) => user(s(`${USER} WHERE name_key = ?`).get(nameKey(name)))),
    listUsers: () => run('listUsers', (s) => s(`${USER} ORDER BY name_key`).all().map((r) => parseRow(userRow, r, 'user'))),
    countUsers: () => run('countUsers', (s) => parseRow(countRow, s('SELECT count(*) AS n FROM users').get(), 'count').n),
    updateUser: (id, change) =>
      run('updateUser', (s) => {
        const r = s('UPDATE users SET role = coalesce(?, role), password_hash = coalesce(?, password_hash) WHERE id = ?').run(
          (change.role ?? null) satisfies Role | null,
          change.passwordHash ?? null,
          id,
        );
        return r.changes === 1;
      }),
    removeUser: (id) => run('removeUser', (s) => s('DELETE FROM users WHERE id = ?').run(id).changes === 1),

    addSession: (x) =>
      run('addSession', (s) => {
        s('INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, absolute_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          x.idHash,
          x.userId,
          x.csrfToken,
          x.createdAt,
          x.lastSeenAt,
          x.expiresAt,
          x.absoluteExpiresAt,
        );
      }),
    session: (idHash) =>
      run('session', (s) => {
        const row = s(`${SESSION} WHERE id_hash = ?`).get(idHash);
        return row === undefined ? undefined : parseRow(sessionRow, row, 'session');
      }),
    touchSession: (idHash, lastSeenAt, expiresAt) =>
      run('touchSession', (s) => {
        s('UPDATE sessions SET last_seen_at = ?, expires_at = min(?, absolute_expires_at) WHERE id_hash = ?').run(lastSeenAt, expiresAt, idHash);
      }),
    removeSession: (idHash) =>
      run('removeSession', (s) => {
        s('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
      }),
    removeSessionsOf: (userId) =>
      run('removeSessionsOf', (s) => {
        s('DELETE FROM sessions WHERE user_id = ?').run(userId);
      }),
    removeExpiredSessions: (now) =>
      run('removeExpiredSessions', (s) => Number(s('DELETE FROM sessions WHERE expires_at <= ? OR absolute_expires_at <= ?').run(now, now).changes)),

    addToken: (t) =>
      run('addToken', (s) => {
        s('INSERT INTO api_tokens (id, user_id, label, hash, created_at, last_used_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          t.id,
          t.userId,
          t.label,
          t.hash,
          t.createdAt,
          t.lastUsedAt ?? null,
          t.revokedAt ?? null,
        );
      }),
    tokenByHash: (hash) => run('tokenByHash', (s) => token(s(`${TOKEN} WHERE hash = ?`).get(hash))),
    token: (id) => run('token', (s) => token(s(`${TOKEN} WHERE id = ?`).get(id))),
    tokensOf: (userId) =>
      run('tokensOf', (s) =>
        s(`${TOKEN} WHERE user_id = ? ORDER BY created_at DESC, id`)
          .all(userId)
          .map((r) => parseRow(tokenRow, r, 'token')),
      ),
    touchToken: (id, at) =>
      run('touchToken', (s) => {
        s('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, id);
      }),
    revokeToken: (id, at) => run('revokeToken', (s) => s('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id).changes === 1),

    appendAudit: (a) =>
      run('appendAudit', (s) => {
        s('INSERT INTO api_audit (at, who, action, target, detail) VALUES (?, ?, ?, ?, ?)').run(a.at, a.who, a.action, a.target ?? null, a.detail ?? null);
      }),
    audit: (options = {}) =>
      run('audit', (s) => {
        const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 1000);
        const rows =
          options.before === undefined
            ? s('SELECT seq, at, who, action, target, detail FROM api_audit ORDER BY seq DESC LIMIT ?').all(limit)
            : s('SELECT seq, at, who, action, target, detail FROM api_audit WHERE seq < ? ORDER BY seq DESC LIMIT ?').all(options.before, limit);
        return rows.map((r) => parseRow(auditRow, r, 'audit'));
      }),
    close: async () => {
      if (sql === undefined) return;
      sql = undefined;
      db.close();
    },
  };
}
