import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AuthError, ConflictError, ForbiddenError, RateLimitError } from '../app/access-errors.ts';
import { InputError, IntegrityError, NotFoundError, UsageError } from '../domain/errors.ts';

export interface ErrorResponse {
  readonly status: ContentfulStatusCode;
  readonly body: { readonly error: { readonly code: string; readonly message: string; readonly details?: unknown } };
  readonly headers: Readonly<Record<string, string>>;
  /** Unexpected: to be logged in full on the server. */
  readonly internal: boolean;
}

/** A UsageError whose `details` the client is shown (which request fields were wrong). */
export class ValidationError extends UsageError {
  readonly details: unknown;
  constructor(message: string, details: unknown) {
    super(message);
    this.details = details;
  }
}

/**
 * The one place errors become HTTP responses, with one body shape:
 * `{ error: { code, message, details? } }`. Errors of the caller's making say what was
 * wrong; anything else is a 500 that says only "internal error", whatever it carried
 * (SQL, paths, stack), and is flagged for the server's log.
 */
export function errorResponse(err: unknown): ErrorResponse {
  const out = (status: ContentfulStatusCode, code: string, message: string, extra: { details?: unknown; headers?: Record<string, string>; internal?: boolean } = {}): ErrorResponse => ({
    status,
    body: { error: { code, message, ...(extra.details !== undefined ? { details: extra.details } : {}) } },
    headers: extra.headers ?? {},
    internal: extra.internal ?? false,
  });
  if (err instanceof ValidationError) return out(400, 'bad_request', err.message, { details: err.details });
  if (err instanceof UsageError) return out(400, 'bad_request', err.message);
  if (err instanceof InputError) return out(422, 'unprocessable', err.message);
  if (err instanceof NotFoundError) return out(404, 'not_found', err.message);
  if (err instanceof AuthError) return out(401, 'unauthorized', err.message);
  if (err instanceof ForbiddenError) return out(403, 'forbidden', err.message);
  if (err instanceof ConflictError) return out(409, 'conflict', err.message);
  if (err instanceof RateLimitError) return out(429, 'rate_limited', err.message, { headers: { 'Retry-After': String(err.retryAfterSeconds) }, details: { retryAfterSeconds: err.retryAfterSeconds } });
  if (err instanceof IntegrityError) return out(500, 'integrity', 'stored evidence failed its integrity check; run claimtrail verify', { internal: true });
  if (err instanceof HTTPException) {
    if (err.status === 413) return out(413, 'payload_too_large', 'the request body is too large');
    if (err.status === 401) return out(401, 'unauthorized', 'not signed in');
    if (err.status >= 400 && err.status < 500) return out(400, 'bad_request', 'malformed request');
  }
  if (err instanceof SyntaxError) return out(400, 'bad_request', 'malformed JSON body');
  return out(500, 'internal', 'internal error', { internal: true });
}

/** A job's failure as the job shows it: the same mapping, without status or headers. */
export function describeJobError(err: unknown): { readonly code: string; readonly message: string } {
  return errorResponse(err).body.error;
}

/** The full story of an unexpected error, cause chain included, for the server's log only. */
export function errorLogLine(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    parts.push(e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return parts.join('\ncaused by: ');
}
