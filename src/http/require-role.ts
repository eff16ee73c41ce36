import type { MiddlewareHandler } from 'hono';
import { AuthError, ForbiddenError } from '../app/access-errors.ts';
import type { Role } from '../store/user-store.ts';
import type { ApiEnv } from './api-env.ts';

const RANK: Readonly<Record<Role, number>> = { viewer: 0, analyst: 1, admin: 2 };

/** 401 without credentials, 403 when the user's role is below `least` (roles nest: admin ⊃ analyst ⊃ viewer). */
export function requireRole(least: Role): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const auth = c.get('auth');
    if (!auth) throw new AuthError('sign in first (session cookie or Authorization: Bearer token)');
    if (RANK[auth.user.role] < RANK[least]) throw new ForbiddenError(`this needs the ${least} role; you are ${auth.user.role}`);
    await next();
  };
}
