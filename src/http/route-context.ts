import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { CustodyIndex } from '../app/custody-index.ts';
import type { JobRunner } from '../app/job-runner.ts';
import type { UserAccounts } from '../app/user-accounts.ts';
import type { UserSessions } from '../app/user-sessions.ts';
import type { ApiEnv, Auth } from './api-env.ts';
import type { AppDeps } from './app-deps.ts';
import type { RequestFacts } from './request-facts.ts';

export type ApiApp = OpenAPIHono<ApiEnv>;

/** What route handlers share: the dependencies and the services createApp built from them. */
export interface RouteContext {
  readonly deps: AppDeps;
  readonly accounts: UserAccounts;
  readonly sessions: UserSessions;
  readonly jobs: JobRunner;
  readonly custody: CustodyIndex | undefined;
  readonly facts: (c: Context) => RequestFacts;
  /** Whether cookies set on this request's response are Secure. */
  readonly secure: (c: Context) => boolean;
  /** Records an API write in the audit (and the custody log, where the action is one it has). */
  readonly audit: (auth: Auth, action: string, target?: string, detail?: unknown) => Promise<void>;
  /** The signed-in user: the handlers behind requireRole may count on one. */
  readonly authOf: (c: Context<ApiEnv>) => Auth;
  /** Where export files go. */
  readonly exportDir: string;
}
