import { createRoute, z } from '@hono/zod-openapi';
import { requireRole } from '../require-role.ts';
import type { ApiApp, RouteContext } from '../route-context.ts';
import { accountSchemas as a } from '../schemas/account-schemas.ts';
import { commonSchemas as c, jsonOf } from '../schemas/common-schemas.ts';

const name = z.object({ name: z.string().min(1).max(64) });
const tokenId = z.object({ id: z.string().min(1).max(64) });
const conflict = { 409: jsonOf(c.errorBody, 'Name taken, or token revoked already') };

/** Accounts (admin) and API tokens (each user their own; an admin anyone's), and the audit of API writes (admin). */
export function accountRoutes(app: ApiApp, ctx: RouteContext): void {
  const admin = [requireRole('admin')];
  const anyone = [requireRole('viewer')];

  app.openapi(
    createRoute({ method: 'get', path: '/api/users', tags: ['users'], summary: 'Every account', middleware: admin, responses: { 200: jsonOf(z.object({ items: z.array(a.user) }), 'Accounts'), ...c.errors } }),
    async (h) => h.json({ items: [...(await ctx.accounts.list())] }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users',
      tags: ['users'],
      summary: 'Add an account',
      middleware: admin,
      request: { body: { content: { 'application/json': { schema: a.newUser } }, required: true } },
      responses: { 201: jsonOf(a.user, 'Added'), ...c.errors, ...conflict },
    }),
    async (h) => {
      const body = h.req.valid('json');
      const user = await ctx.accounts.add(body.name, body.role, body.password);
      await ctx.audit(ctx.authOf(h), 'user.add', user.name, { role: user.role });
      return h.json(user, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/users/{name}',
      tags: ['users'],
      summary: "Change an account's role or password",
      middleware: admin,
      request: { params: name, body: { content: { 'application/json': { schema: a.userChange } }, required: true } },
      responses: { 200: jsonOf(a.user, 'Changed'), ...c.errors, ...c.notFound },
    }),
    async (h) => {
      const change = h.req.valid('json');
      const user = await ctx.accounts.update(h.req.valid('param').name, change);
      await ctx.audit(ctx.authOf(h), 'user.update', user.name, { ...(change.role ? { role: change.role } : {}), ...(change.password ? { password: 'changed' } : {}) });
      return h.json(user, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/api/users/{name}', tags: ['users'], summary: 'Remove an account with its sessions and tokens', middleware: admin, request: { params: name }, responses: { 204: { description: 'Removed' }, ...c.errors, ...c.notFound } }),
    async (h) => {
      const user = await ctx.accounts.remove(h.req.valid('param').name);
      await ctx.audit(ctx.authOf(h), 'user.remove', user.name);
      return h.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/audit',
      tags: ['users'],
      summary: 'The audit of API writes, newest first',
      middleware: admin,
      request: { query: z.object({ limit: c.limit, before: z.coerce.number().int().min(1).optional() }) },
      responses: { 200: jsonOf(z.object({ items: z.array(a.auditEntry) }), 'Audit entries'), ...c.errors },
    }),
    async (h) => {
      const q = h.req.valid('query');
      return h.json({ items: [...(await ctx.deps.users.audit({ ...(q.limit ? { limit: q.limit } : {}), ...(q.before ? { before: q.before } : {}) }))] }, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/tokens', tags: ['tokens'], summary: 'My API tokens (never their secrets)', middleware: anyone, responses: { 200: jsonOf(z.object({ items: z.array(a.token) }), 'Tokens'), ...c.errors } }),
    async (h) => h.json({ items: [...(await ctx.accounts.tokens(ctx.authOf(h).user.id))] }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/tokens',
      tags: ['tokens'],
      summary: 'Create an API token: its secret is in this response only',
      middleware: anyone,
      request: { body: { content: { 'application/json': { schema: a.newToken } }, required: true } },
      responses: { 201: jsonOf(a.createdToken, 'Created'), ...c.errors },
    }),
    async (h) => {
      const auth = ctx.authOf(h);
      const created = await ctx.accounts.createToken(auth.user.id, h.req.valid('json').label);
      await ctx.audit(auth, 'token.create', created.info.id, { label: created.info.label });
      h.header('Cache-Control', 'no-store');
      return h.json(created, 201);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/api/tokens/{id}', tags: ['tokens'], summary: 'Revoke a token (mine; an admin: anyone’s)', middleware: anyone, request: { params: tokenId }, responses: { 200: jsonOf(a.token, 'Revoked'), ...c.errors, ...c.notFound, ...conflict } }),
    async (h) => {
      const auth = ctx.authOf(h);
      const token = await ctx.accounts.revokeToken(auth.user, h.req.valid('param').id);
      await ctx.audit(auth, 'token.revoke', token.id);
      return h.json(token, 200);
    },
  );
}
