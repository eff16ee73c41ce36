import { NotFoundError, UsageError } from '../domain/errors.ts';
import type { Role, TokenRecord, UserStore } from '../store/user-store.ts';
import { ConflictError, ForbiddenError } from './access-errors.ts';
import type { PasswordHasher } from './password-hasher.ts';
import { publicUser, type PublicUser } from './public-user.ts';
import { secrets } from './secrets.ts';

/** An API token as lists show it: never its secret or hash. */
export interface PublicToken {
  readonly id: string;
  readonly label: string;
  readonly createdAt: string;
  readonly lastUsedAt?: string;
  readonly revokedAt?: string;
}

export interface UserAccounts {
  add(name: string, role: Role, password: string): Promise<PublicUser>;
  list(): Promise<readonly PublicUser[]>;
  byName(name: string): Promise<PublicUser>;
  update(name: string, change: { readonly role?: Role; readonly password?: string }): Promise<PublicUser>;
  remove(name: string): Promise<PublicUser>;
  /** A new token for a user: the secret is in the result and nowhere else, ever. */
  createToken(userId: string, label: string): Promise<{ readonly token: string; readonly info: PublicToken }>;
  tokens(userId: string): Promise<readonly PublicToken[]>;
  /** Revokes a token of `actor`'s own, or anyone's when `actor` is an admin. */
  revokeToken(actor: PublicUser, id: string): Promise<PublicToken>;
  /** The user a bearer token stands for, when it is live. */
  userForToken(token: string): Promise<PublicUser | undefined>;
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,63}$/u;
/** A token's last use is written at most this often: a request per token per second would otherwise write per request. */
const TOUCH_EVERY_MS = 60_000;

const publicToken = (t: TokenRecord): PublicToken => ({
  id: t.id,
  label: t.label,
  createdAt: t.createdAt,
  ...(t.lastUsedAt ? { lastUsedAt: t.lastUsedAt } : {}),
  ...(t.revokedAt ? { revokedAt: t.revokedAt } : {}),
});

/**
 * Accounts and API tokens over a UserStore: names checked, passwords hashed (scrypt),
 * tokens random and kept only as hashes, and the last admin never removed or demoted
 * (the server would have no one left to manage it but the CLI).
 */
export function createUserAccounts(deps: { readonly users: UserStore; readonly hasher: PasswordHasher; readonly now?: () => Date }): UserAccounts {
  const { users, hasher } = deps;
  const now = deps.now ?? (() => new Date());
  const find = async (name: string) => {
    const u = await users.userByName(name);
    if (!u) throw new NotFoundError(`no user named ${JSON.stringify(name)}`);
    return u;
  };
  const guardLastAdmin = async (id: string, role: Role): Promise<void> => {
    if (role !== 'admin') return;
    const admins = (await users.listUsers()).filter((u) => u.role === 'admin' && u.id !== id);
    if (admins.length === 0) throw new UsageError('this is the last admin: make another admin first');
  };
  return {
    async add(name, role, password) {
      const clean = name.trim();
      if (!NAME.test(clean)) throw new UsageError('a user name is 1 to 64 letters, digits, spaces or . _ @ -, starting with a letter or digit');
      const passwordHash = await hasher.hash(password);
      const record = { id: secrets.id(), name: clean, role, passwordHash, createdAt: now().toISOString() };
      if (!(await users.addUser(record)).added) throw new ConflictError(`a user named ${JSON.stringify(clean)} exists already`);
      return publicUser(record);
    },
    list: async () => (await users.listUsers()).map(publicUser),
    byName: async (name) => publicUser(await find(name)),
    async update(name, change) {
      const u = await find(name);
      if (change.role !== undefined && change.role !== 'admin') await guardLastAdmin(u.id, u.role);
      const passwordHash = change.password === undefined ? undefined : await hasher.hash(change.password);
      await users.updateUser(u.id, { ...(change.role ? { role: change.role } : {}), ...(passwordHash ? { passwordHash } : {}) });
      // A new password signs every browser of the account out.
      if (passwordHash) await users.removeSessionsOf(u.id);
      return publicUser({ ...u, ...(change.role ? { role: change.role } : {}) });
    },
    async remove(name) {
      const u = await find(name);
      await guardLastAdmin(u.id, u.role);
      await users.removeUser(u.id);
      return publicUser(u);
    },
    async createToken(userId, label) {
      const clean = label.trim();
      if (clean.length < 1 || clean.length > 100) throw new UsageError('a token label is 1 to 100 characters');
      const token = secrets.create('ct_');
      const record: TokenRecord = { id: secrets.id(), userId, label: clean, hash: secrets.digest(token), createdAt: now().toISOString() };
      await users.addToken(record);
      return { token, info: publicToken(record) };
    },
    tokens: async (userId) => (await users.tokensOf(userId)).map(publicToken),
    async revokeToken(actor, id) {
      const t = await users.token(id);
      // Someone else's token is "not found" to a non-admin, so ids tell nothing.
      if (!t || (t.userId !== actor.id && actor.role !== 'admin')) throw new NotFoundError(`no token ${id}`);
      if (t.revokedAt) throw new ConflictError(`token ${id} is revoked already`);
      const at = now().toISOString();
      if (!(await users.revokeToken(id, at))) throw new ForbiddenError(`token ${id} cannot be revoked`);
      return publicToken({ ...t, revokedAt: at });
    },
    async userForToken(token) {
      if (!/^ct_[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
      const t = await users.tokenByHash(secrets.digest(token));
      if (!t || t.revokedAt) return undefined;
      const u = await users.userById(t.userId);
      if (!u) return undefined;
      const at = now();
      if (!t.lastUsedAt || at.getTime() - Date.parse(t.lastUsedAt) > TOUCH_EVERY_MS) await users.touchToken(t.id, at.toISOString());
      return publicUser(u);
    },
  };
}
