import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { AuthError } from '../app/access-errors.ts';
import { createCustodyIndex } from '../app/custody-index.ts';
import { createJobRunner, type JobRunner } from '../app/job-runner.ts';
import { createLoginThrottle } from '../app/login-throttle.ts';
import { createPasswordHasher } from '../app/password-hasher.ts';
import { createUserAccounts } from '../app/user-accounts.ts';
import { createUserSessions } from '../app/user-sessions.ts';
import type { ApiEnv } from './api-env.ts';
import type { AppDeps } from './app-deps.ts';
import { authenticate } from './authenticate.ts';
import { csrfGuard } from './csrf-guard.ts';
import { describeJobError, errorLogLine, errorResponse, ValidationError } from './error-response.ts';
import { openApiInfo } from './open-api-info.ts';
import { requestFacts } from './request-facts.ts';
import type { RouteContext } from './route-context.ts';
import { accountRoutes } from './routes/account-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { exportRoutes } from './routes/export-routes.ts';
import { jobRoutes } from './routes/job-routes.ts';
import { ledgerRoutes } from './routes/ledger-routes.ts';
import { searchRoutes } from './routes/search-routes.ts';
import { securityHeaders } from './security-headers.ts';
import { webUi } from './web-ui.ts';

export interface Api {
  readonly app: OpenAPIHono<ApiEnv>;
  readonly jobs: JobRunner;
  /** Ends the jobs and removes the export files; the store, users and archive stay open (the caller's). */
  close(): Promise<void>;
}

/** JSON bodies are small; uploads have their own limit. */
const JSON_LIMIT = 1024 * 1024;

/**
 * The HTTP API as a hono app, made from its dependencies (no module-level state, so that
 * tests make as many as they like). Order matters: security headers wrap everything;
 * then who is asking (authenticate), CSRF for cookie writes, ETags on GETs, and the
 * routes, each stating the role it needs. Every error goes through errorResponse().
 */
export function createApp(deps: AppDeps): Api {
  const now = deps.now ?? (() => new Date());
  const hasher = deps.hasher ?? createPasswordHasher();
  const throttle = createLoginThrottle({ now: () => now().getTime(), ...deps.throttle });
  const accounts = createUserAccounts({ users: deps.users, hasher, now });
  const sessions = createUserSessions({ users: deps.users, hasher, throttle, now, ...(deps.sessions ? { options: deps.sessions } : {}) });
  const jobs = createJobRunner({ now, describeError: describeJobError });
  const ownExportDir = deps.exportDir === undefined;
  const exportDir = deps.exportDir ?? mkdtempSync(join(tmpdir(), 'claimtrail-exports-'));
  const trustProxy = deps.trustProxy ?? false;
  const facts = (c: Parameters<RouteContext['facts']>[0]) => requestFacts(c, trustProxy);
  const secure = (c: Parameters<RouteContext['facts']>[0]) => (deps.secureCookies === undefined || deps.secureCookies === 'auto' ? facts(c).https : deps.secureCookies);
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  const app = new OpenAPIHono<ApiEnv>({
    // zod's verdict on a request becomes a 400 through the one error mapping
    defaultHook: (result) => {
      if (!result.success) {
        const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new ValidationError(`invalid request: ${details.map((d) => `${d.path || 'body'}: ${d.message}`).join('; ')}`, details);
      }
    },
  });
  const ctx: RouteContext = {
    deps,
    accounts,
    sessions,
    jobs,
    custody: deps.archive ? createCustodyIndex(deps.archive) : undefined,
    facts,
    secure,
    exportDir,
    authOf: (c) => {
      const auth = c.get('auth');
      if (!auth) throw new AuthError('sign in first');
      return auth;
    },
    audit: async (auth, action, target, detail) => {
      await deps.users.appendAudit({
        at: now().toISOString(),
        who: auth.user.name,
        action,
        ...(target !== undefined ? { target } : {}),
        ...(detail !== undefined ? { detail: JSON.stringify(detail) } : {}),
      });
    },
  };

  app.onError((err, c) => {
    const r = errorResponse(err);
    if (r.internal) log(`${new Date().toISOString()} ${c.req.method} ${c.req.path}: ${errorLogLine(err)}`);
    for (const [k, v] of Object.entries(r.headers)) c.header(k, v);
    c.header('Cache-Control', 'no-store');
    return c.json(r.body, r.status);
  });
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  app.use('*', securityHeaders({ https: (c) => facts(c).https }));
  app.use('/api/*', authenticate(accounts, sessions));
  app.use('/api/*', csrfGuard({ origin: (c) => facts(c).origin, allowedOrigins: deps.allowedOrigins ?? [] }));
  const tooLarge = () => {
    throw new HTTPException(413);
  };
  app.use('/api/*', async (c, next) => {
    const limit = c.req.path === '/api/ingest/files' ? (deps.maxUploadBytes ?? 50 * 1024 * 1024) : JSON_LIMIT;
    return bodyLimit({ maxSize: limit, onError: tooLarge })(c, next);
  });
  app.use('/api/*', etag());

  authRoutes(app, ctx);
  accountRoutes(app, ctx);
  ledgerRoutes(app, ctx);
  searchRoutes(app, ctx);
  jobRoutes(app, ctx);
  exportRoutes(app, ctx);

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'claimtrail_session', description: 'Browser session (cookie __Host-claimtrail_session over https); writes also need the X-CSRF-Token header.' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer', description: 'API token from POST /api/tokens' });
  app.doc31('/openapi.json', openApiInfo as unknown as Parameters<typeof app.doc31>[1]);
  webUi(app, deps.webDist);

  return {
    app,
    jobs,
    async close() {
      await jobs.close();
      if (ownExportDir) rmSync(exportDir, { recursive: true, force: true });
    },
  };
}
