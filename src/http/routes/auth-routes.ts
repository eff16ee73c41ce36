import { createRoute, z } from '@hono/zod-openapi';
import { AuthError } from '../../app/access-errors.ts';
import { requireRole } from '../require-role.ts';
import type { ApiApp, RouteContext } from '../route-context.ts';
import { accountSchemas as a } from '../schemas/account-schemas.ts';
import { commonSchemas as c, jsonOf } from '../schemas/common-schemas.ts';
import { sessionCookie } from '../session-cookie.ts';

const tag = ['auth'];
const rateLimited = { 429: jsonOf(c.errorBody, 'Too many failed sign-ins: wait Retry-After seconds') };

/** Signing in and out of browser sessions, who am I, and changing one's own password. */
export function authRoutes(app: ApiApp, ctx: RouteContext): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/login',
      tags: tag,
      summary: 'Sign in: sets the session cookie, returns the CSRF token',
      request: { body: { content: { 'application/json': { schema: a.login } }, required: true } },
      responses: { 200: jsonOf(a.session, 'Signed in'), ...c.errors, ...rateLimited },
    }),
    async (h) => {
      const { name, password } = h.req.valid('json');
      const facts = ctx.facts(h);
      const s = await ctx.sessions.login(name, password, facts.ip);
      sessionCookie.write(h, s.secret, s.expiresAt, ctx.secure(h));
      h.header('Cache-Control', 'no-store');
      return h.json({ user: s.user, csrfToken: s.csrfToken, expiresAt: s.expiresAt }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/logout',
      tags: tag,
      summary: 'Sign out: ends the session server-side and clears the cookie',
      responses: { 204: { description: 'Signed out' }, ...c.errors },
    }),
    async (h) => {
      const secret = sessionCookie.read(h);
      if (secret) await ctx.sessions.logout(secret);
      sessionCookie.clear(h, ctx.secure(h));
      return h.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/me',
      tags: tag,
      summary: 'Who is signed in; for a session also its CSRF token (the UI calls this on load)',
      middleware: [requireRole('viewer')],
      responses: { 200: jsonOf(a.me, 'The signed-in user'), ...c.errors },
    }),
    async (h) => {
      const auth = ctx.authOf(h);
      h.header('Cache-Control', 'no-store');
      return h.json({ user: auth.user, via: auth.via, ...(auth.csrfToken ? { csrfToken: auth.csrfToken } : {}), ...(auth.expiresAt ? { expiresAt: auth.expiresAt } : {}) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/password',
      tags: tag,
      summary: "Change one's own password (signs every session of the account out)",
      middleware: [requireRole('viewer')],
      request: { body: { content: { 'application/json': { schema: a.passwordChange } }, required: true } },
      responses: { 204: { description: 'Changed' }, ...c.errors, ...rateLimited },
    }),
    async (h) => {
      const auth = ctx.authOf(h);
      const { current, password } = h.req.valid('json');
      // Checking the current password goes through the throttled sign-in.
      await ctx.sessions.login(auth.user.name, current, ctx.facts(h).ip).then(
        (s) => ctx.sessions.logout(s.secret),
        (err: unknown) => {
          throw err instanceof AuthError ? new AuthError('the current password is wrong') : err;
        },
      );
      await ctx.accounts.update(auth.user.name, { password });
      await ctx.audit(auth, 'user.password', auth.user.name);
      sessionCookie.clear(h, ctx.secure(h));
      return h.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['meta'],
      summary: 'Liveness (no sign-in needed)',
      responses: { 200: jsonOf(z.object({ ok: z.literal(true) }), 'Up') },
    }),
    (h) => h.json({ ok: true as const }, 200),
  );
}
