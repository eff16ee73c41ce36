import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Hono } from 'hono';
import type { ApiEnv } from './api-env.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built web UI (web/dist) for GETs outside /api: a file when one matches the
 * path (never outside the folder), else index.html, so that the UI's own routes survive
 * a reload. Hashed assets (under assets/) are cached for good; index.html is revalidated.
 * Without a built UI, such GETs are 404s. Headers (the HTML CSP) come from security-headers.ts.
 */
export function webUi(app: Hono<ApiEnv>, dir: string | undefined): void {
  const root = dir && existsSync(join(dir, 'index.html')) ? resolve(dir) : undefined;
  app.get('*', async (c, next) => {
    if (!root || c.req.path.startsWith('/api/') || c.req.path === '/api' || c.req.path === '/openapi.json') return next();
    let rel: string;
    try {
      rel = normalize(decodeURIComponent(c.req.path)).replace(/^([/\\])+/, '');
    } catch {
      return next();
    }
    const file = resolve(root, rel);
    const inside = file === root || file.startsWith(root + sep);
    const target = inside && rel !== '' && !rel.includes('\0') && existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html');
    const type = TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
    c.header('Content-Type', type);
    c.header('Cache-Control', rel.startsWith('assets/') && target === file ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(readFileSync(target), 200);
  });
}
