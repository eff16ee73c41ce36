import type { MiddlewareHandler } from 'hono';

/** For the web UI's HTML: its own scripts and styles only, nothing inline, never framed. */
export const HTML_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** For everything else (JSON, originals): nothing may run or load, even if a browser renders it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/**
 * Headers on every response. Article text is hostile by assumption (it carries whatever
 * the page carried: <script>, onerror=, javascript: URLs, CSS), so the API returns it only
 * as JSON strings, forbids sniffing it into HTML, and sets a CSP under which nothing of it
 * could run even if a browser showed a response directly. API responses are private and
 * revalidated (ETags), never stored by shared caches.
 */
export function securityHeaders(options: { readonly https: (c: Parameters<MiddlewareHandler>[0]) => boolean }): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    const html = (h.get('content-type') ?? '').startsWith('text/html');
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Content-Security-Policy', html ? HTML_CSP : API_CSP);
    if (options.https(c)) h.set('Strict-Transport-Security', 'max-age=31536000');
    if (c.req.path.startsWith('/api/')) {
      if (!h.has('Cache-Control')) h.set('Cache-Control', c.req.method === 'GET' ? 'private, no-cache' : 'no-store');
      h.append('Vary', 'Cookie, Authorization');
    }
  };
}
