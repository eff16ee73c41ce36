import { z } from '@hono/zod-openapi';
import { commonSchemas as c } from './common-schemas.ts';

const user = z.object({ id: z.string(), name: z.string(), role: c.role, createdAt: z.string() }).openapi('User');
const token = z.object({ id: z.string(), label: z.string(), createdAt: z.string(), lastUsedAt: z.string().optional(), revokedAt: z.string().optional() }).openapi('Token');
const password = z.string().min(10).max(1024).openapi({ description: 'At least 10 characters.' });

export const accountSchemas = {
  user,
  token,
  login: z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) }).openapi('Login'),
  session: z
    .object({
      user,
      csrfToken: z.string().openapi({ description: 'Send as the X-CSRF-Token header on every cookie-authenticated POST, PATCH and DELETE.' }),
      expiresAt: z.string(),
    })
    .openapi('Session'),
  me: z.object({ user, via: z.enum(['session', 'token']), csrfToken: z.string().optional(), expiresAt: z.string().optional() }).openapi('Me'),
  newUser: z.object({ name: z.string().min(1).max(64), role: c.role, password }).openapi('NewUser'),
  userChange: z.object({ role: c.role.optional(), password: password.optional() }).openapi('UserChange'),
  passwordChange: z.object({ current: z.string().min(1).max(1024), password }).openapi('PasswordChange'),
  newToken: z.object({ label: z.string().min(1).max(100) }).openapi('NewToken'),
  createdToken: z
    .object({ token: z.string().openapi({ description: 'The secret: shown in this response only, never again.' }), info: token })
    .openapi('CreatedToken'),
  auditEntry: z.object({ seq: z.int(), at: z.string(), who: z.string(), action: z.string(), target: z.string().optional(), detail: z.string().optional() }).openapi('AuditEntry'),
};
