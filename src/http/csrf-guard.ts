import type { MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../app/access-errors.ts';
import { secrets } from '../app/secrets.ts';
import type { ApiEnv } from './api-env.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for writes a browser makes with the session cookie. Two checks:
 * 1. the synchronizer token: the session's random CSRF token (kept server-side in the
 *    session record, handed to the UI by login and GET /api/auth/me) must come back in
 *    the `X-CSRF-Token` header. Another site can make the browser send the cookie, but
 *    cannot read the token (no CORS) or set a custom header on a cross-site form post.
 *    Chosen over a double-submit cookie because the session is server-side anyway, and a
 *    double-submit cookie can be planted by a sibling subdomain.
 * 2. defence in depth: a request a browser marks as cross-site (`Sec-Fetch-Site:
 *    cross-site`/`same-site`, or an `Origin` that is not ours) is refused outright.
 * Requests with a bearer token need neither (browsers never add that header on their
 * own), and the sign-in form, which has no session yet, gets the second check (login CSRF).
 */
export function csrfGuard(options: { readonly origin: (c: Parameters<MiddlewareHandler>[0]) => string; readonly allowedOrigins: readonly string[] }): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const auth = c.get('auth');
    if (auth?.via === 'token') return next();
    const login = c.req.path === '/api/auth/login';
    if (!auth && !login) return next(); // anonymous: require-role answers 401
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new ForbiddenError('cross-site request refused');
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== options.origin(c) && !options.allowedOrigins.includes(origin)) throw new ForbiddenError('cross-origin request refused');
    if (auth) {
      const sent = c.req.header('x-csrf-token');
      if (sent === undefined || auth.csrfToken === undefined || !secrets.equal(sent, auth.csrfToken)) throw new ForbiddenError('missing or wrong X-CSRF-Token header');
    }
    return next();
  };
}
