import type { MiddlewareHandler } from 'hono';
import { AuthError } from '../app/access-errors.ts';
import type { UserAccounts } from '../app/user-accounts.ts';
import type { UserSessions } from '../app/user-sessions.ts';
import type { ApiEnv } from './api-env.ts';
import { sessionCookie } from './session-cookie.ts';

/**
 * Finds who a request is from: an `Authorization: Bearer` API token (which, when present,
 * is the only credential looked at; a bad one is a 401 at once), else the session cookie
 * (a stale one is just ignored: the request is anonymous). Whether that is enough is
 * for require-role.ts to say.
 */
export function authenticate(accounts: UserAccounts, sessions: UserSessions): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    c.set('auth', undefined);
    const header = c.req.header('authorization');
    if (header !== undefined) {
      const m = /^Bearer +(\S+)\s*$/i.exec(header);
      const user = m ? await accounts.userForToken(m[1] as string) : undefined;
      if (!user) throw new AuthError('invalid or revoked API token');
      c.set('auth', { user, via: 'token' });
    } else {
      const secret = sessionCookie.read(c);
      const live = secret ? await sessions.resume(secret) : undefined;
      if (live) c.set('auth', { user: live.user, via: 'session', csrfToken: live.csrfToken, expiresAt: live.expiresAt });
    }
    await next();
  };
}
