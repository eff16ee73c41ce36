/**
 * Errors of access to the API, beside the domain's (src/domain/errors.ts) and mapped to
 * HTTP in the same one place (src/http/error-response.ts): who you are (401), what you
 * may do (403), how often you may try (429), and a name already taken (409).
 */

/** No valid credentials: not signed in, an expired session, a revoked token, a wrong password. */
export class AuthError extends Error {
  override readonly name = 'AuthError';
}

/** Signed in, but the role does not allow it, or a cross-site write was refused. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

/** Too many attempts: try again after `retryAfterSeconds`. */
export class RateLimitError extends Error {
  override readonly name = 'RateLimitError';
  readonly retryAfterSeconds: number;
  constructor(message: string, retryAfterSeconds: number, options?: ErrorOptions) {
    super(message, options);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** What was to be created exists already (an account name). */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}
