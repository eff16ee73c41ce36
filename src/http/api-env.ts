import type { PublicUser } from '../app/public-user.ts';

/** Who made a request, as authenticate.ts found it. */
export interface Auth {
  readonly user: PublicUser;
  readonly via: 'session' | 'token';
  /** For a session: its CSRF token and expiry. */
  readonly csrfToken?: string;
  readonly expiresAt?: string;
}

/** The hono environment of the API: what middleware leaves for the handlers. */
export interface ApiEnv {
  Variables: {
    auth: Auth | undefined;
  };
}
