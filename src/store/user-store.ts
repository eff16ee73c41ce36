/**
 * Who may use the API, kept beside the ledger but apart from the Store interface: the
 * accounts, their browser sessions and API tokens, and an append-only audit of every
 * write made through the API. One interface, one contract suite (user-store-contract.ts),
 * one implementation per database. The store keeps only what it is given: passwords
 * arrive already hashed, sessions and tokens as hashes of their secrets, so that a copy
 * of the database never lets anyone in.
 */

/** viewer reads; analyst also ingests, links, exports and corrects entities; admin also manages accounts. */
export type Role = 'viewer' | 'analyst' | 'admin';

export const ROLES: readonly Role[] = ['viewer', 'analyst', 'admin'];

export interface UserRecord {
  readonly id: string;
  /** Unique, compared case-insensitively. */
  readonly name: string;
  readonly role: Role;
  /** A self-describing password hash (`scrypt$...`), never the password. */
  readonly passwordHash: string;
  readonly createdAt: string;
}

export interface SessionRecord {
  /** SHA-256 (hex) of the session cookie's secret. */
  readonly idHash: string;
  readonly userId: string;
  /** The CSRF token of this session (synchronizer token): cookie-authenticated writes must echo it. */
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  /** Idle expiry, moved forward as the session is used; never past `absoluteExpiresAt`. */
  readonly expiresAt: string;
  readonly absoluteExpiresAt: string;
}

export interface TokenRecord {
  /** Public id, shown in lists and used to revoke. */
  readonly id: string;
  readonly userId: string;
  readonly label: string;
  /** SHA-256 (hex) of the secret. */
  readonly hash: string;
  readonly createdAt: string;
  readonly lastUsedAt?: string;
  readonly revokedAt?: string;
}

/** One write made through the API, as the audit keeps it. */
export interface AuditRecord {
  readonly at: string;
  /** The user's name at the time (users can be removed; the record stays). */
  readonly who: string;
  /** `ingest`, `link`, `entity.merge`, `user.add`, `token.revoke`, ... */
  readonly action: string;
  /** What it concerned: a job id, a user name, a token id. */
  readonly target?: string;
  /** JSON text with the request's parameters (never a secret). */
  readonly detail?: string;
}

export interface AuditEntry extends AuditRecord {
  readonly seq: number;
}

export interface UserStore {
  /** Adds an account; `added: false` when the name (in any case) is taken. */
  addUser(user: UserRecord): Promise<{ readonly added: boolean }>;
  userById(id: string): Promise<UserRecord | undefined>;
  /** Case-insensitive. */
  userByName(name: string): Promise<UserRecord | undefined>;
  /** Every account, by name. */
  listUsers(): Promise<readonly UserRecord[]>;
  countUsers(): Promise<number>;
  updateUser(id: string, change: { readonly role?: Role; readonly passwordHash?: string }): Promise<boolean>;
  /** Removes an account with its sessions and tokens. */
  removeUser(id: string): Promise<boolean>;

  addSession(session: SessionRecord): Promise<void>;
  session(idHash: string): Promise<SessionRecord | undefined>;
  touchSession(idHash: string, lastSeenAt: string, expiresAt: string): Promise<void>;
  removeSession(idHash: string): Promise<void>;
  /** Every session of a user (after a password change, say). */
  removeSessionsOf(userId: string): Promise<void>;
  /** Drops sessions expired at `now`; returns how many. */
  removeExpiredSessions(now: string): Promise<number>;

  addToken(token: TokenRecord): Promise<void>;
  tokenByHash(hash: string): Promise<TokenRecord | undefined>;
  token(id: string): Promise<TokenRecord | undefined>;
  /** A user's tokens, revoked ones included, newest first. */
  tokensOf(userId: string): Promise<readonly TokenRecord[]>;
  touchToken(id: string, at: string): Promise<void>;
  /** Marks a token revoked; false when there is no such token or it was revoked already. */
  revokeToken(id: string, at: string): Promise<boolean>;

  /** Appends to the audit; records are never changed or removed. */
  appendAudit(record: AuditRecord): Promise<void>;
  /** The audit, newest first: `before` is the seq to continue below. */
  audit(options?: { readonly limit?: number; readonly before?: number }): Promise<readonly AuditEntry[]>;
  close(): Promise<void>;
}
