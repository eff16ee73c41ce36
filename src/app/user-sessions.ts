import type { UserStore } from '../store/user-store.ts';
import { AuthError } from './access-errors.ts';
import type { LoginThrottle } from './login-throttle.ts';
import type { PasswordHasher } from './password-hasher.ts';
import { publicUser, type PublicUser } from './public-user.ts';
import { secrets } from './secrets.ts';

export interface SignedIn {
  readonly user: PublicUser;
  /** The cookie's value: handed out once, kept by the server only as its hash. */
  readonly secret: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface LiveSession {
  readonly user: PublicUser;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface UserSessions {
  /** Checks the password (throttled per account and address); AuthError or RateLimitError when refused. */
  login(name: string, password: string, ip: string): Promise<SignedIn>;
  /** The session a cookie's value stands for, when it is live; its idle expiry moves on. */
  resume(secret: string): Promise<LiveSession | undefined>;
  logout(secret: string): Promise<void>;
}

export interface SessionOptions {
  /** A session unused this long ends. */
  readonly idleMs?: number;
  /** A session ends this long after sign-in, used or not. */
  readonly absoluteMs?: number;
}

/** The last-seen time is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Browser sessions with server-side records: the cookie holds a random secret, the
 * store its SHA-256, the session's user, its CSRF token and two expiries (idle, 12 h by
 * default; absolute, 7 days). Signing out deletes the record, so a stolen cookie dies
 * with it. A wrong name costs as much time as a wrong password (a dummy hash is checked),
 * so timing does not tell which names exist.
 */
export function createUserSessions(deps: {
  readonly users: UserStore;
  readonly hasher: PasswordHasher;
  readonly throttle: LoginThrottle;
  readonly now?: () => Date;
  readonly options?: SessionOptions;
}): UserSessions {
  const { users, hasher, throttle } = deps;
  const now = deps.now ?? (() => new Date());
  const idleMs = deps.options?.idleMs ?? 12 * 3600_000;
  const absoluteMs = deps.options?.absoluteMs ?? 7 * 24 * 3600_000;
  let dummy: Promise<string> | undefined;
  const dummyHash = (): Promise<string> => (dummy ??= hasher.hash(secrets.create()));
  return {
    async login(name, password, ip) {
      throttle.check(name, ip);
      const u = await users.userByName(name);
      const ok = await hasher.verify(password, u?.passwordHash ?? (await dummyHash()));
      if (!u || !ok) {
        throttle.failed(name, ip);
        throw new AuthError('wrong user name or password');
      }
      throttle.succeeded(name);
      const t = now();
      const secret = secrets.create();
      const csrfToken = secrets.create();
      const absolute = new Date(t.getTime() + absoluteMs).toISOString();
      const expiresAt = new Date(Math.min(t.getTime() + idleMs, t.getTime() + absoluteMs)).toISOString();
      await users.addSession({ idHash: secrets.digest(secret), userId: u.id, csrfToken, createdAt: t.toISOString(), lastSeenAt: t.toISOString(), expiresAt, absoluteExpiresAt: absolute });
      // Sign-ins are rare: a good moment to drop sessions that ran out.
      await users.removeExpiredSessions(t.toISOString());
      return { user: publicUser(u), secret, csrfToken, expiresAt };
    },
    async resume(secret) {
      if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
      const idHash = secrets.digest(secret);
      const s = await users.session(idHash);
      if (!s) return undefined;
      const t = now();
      if (Date.parse(s.expiresAt) <= t.getTime() || Date.parse(s.absoluteExpiresAt) <= t.getTime()) {
        await users.removeSession(idHash);
        return undefined;
      }
      const u = await users.userById(s.userId);
      if (!u) return undefined;
      let expiresAt = s.expiresAt;
      if (t.getTime() - Date.parse(s.lastSeenAt) > TOUCH_EVERY_MS) {
        expiresAt = new Date(Math.min(t.getTime() + idleMs, Date.parse(s.absoluteExpiresAt))).toISOString();
        await users.touchSession(idHash, t.toISOString(), expiresAt);
      }
      return { user: publicUser(u), csrfToken: s.csrfToken, expiresAt };
    },
    async logout(secret) {
      if (/^[A-Za-z0-9_-]{43}$/.test(secret)) await users.removeSession(secrets.digest(secret));
    },
  };
}
