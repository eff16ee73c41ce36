// The one way the UI talks to the server: same-origin fetch with the session cookie,
// the CSRF token (kept in memory only) on every write, and the API's one error body
// turned into an ApiError. A 401 anywhere tells the app to show the sign-in form.

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Seconds to wait, for 429. */
  readonly retryAfter?: number;
  constructor(status: number, code: string, message: string, retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    if (retryAfter !== undefined) this.retryAfter = retryAfter;
  }
}

export type Query = Readonly<Record<string, string | number | boolean | undefined | null>>;

let csrfToken: string | undefined;
const signedOutListeners = new Set<() => void>();

/** The session's CSRF token, from /api/auth/me or the login answer. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (401). */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/** `/api/...` with the query's defined, non-empty values. */
export function apiUrl(path: string, query: Query = {}): string {
  if (!path.startsWith('/api/')) throw new Error(`not an API path: ${path}`);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function errorOf(res: Response): Promise<ApiError> {
  let code = 'internal';
  let message = `${res.status} ${res.statusText}`;
  let retryAfter: number | undefined;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; details?: { retryAfterSeconds?: number } } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
    retryAfter = body.error?.details?.retryAfterSeconds;
  } catch {
    // not JSON: keep the status line
  }
  const header = Number(res.headers.get('retry-after'));
  if (retryAfter === undefined && Number.isFinite(header) && header > 0) retryAfter = header;
  return new ApiError(res.status, code, message, retryAfter);
}

async function call<T>(method: string, url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(url, { method, headers, credentials: 'same-origin', ...(payload !== undefined ? { body: payload } : {}), ...(signal ? { signal } : {}) });
  if (!res.ok) {
    const err = await errorOf(res);
    if (res.status === 401 && url !== '/api/auth/login' && url !== '/api/auth/me') for (const l of signedOutListeners) l();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export function apiGet<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  return call<T>('GET', apiUrl(path, query), undefined, signal);
}

export function apiPost<T>(path: string, body?: unknown): Promise<T> {
  return call<T>('POST', apiUrl(path), body);
}

/** A readable line for any error the API calls throw. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 429) return `Too many attempts: wait ${err.retryAfter ?? 'a few'} seconds before trying again.`;
    if (err.status === 403) return `Not allowed: ${err.message}`;
    return err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
