import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Random secrets (session cookies, API tokens, CSRF tokens) and how they are kept: only
 * their SHA-256 is stored. A fast hash is enough here, unlike for passwords, because a
 * secret of 32 random bytes cannot be guessed from its hash by trying candidates.
 */
export const secrets = {
  /** A new secret: 32 random bytes, base64url, after an optional recognisable prefix (`ct_` for tokens). */
  create(prefix = ''): string {
    return `${prefix}${randomBytes(32).toString('base64url')}`;
  },
  /** What is stored of a secret. */
  digest(secret: string): string {
    return createHash('sha256').update(secret, 'utf8').digest('hex');
  },
  /** Constant-time comparison of two strings (different lengths differ at once: lengths are not secret). */
  equal(a: string, b: string): boolean {
    const x = Buffer.from(a, 'utf8');
    const y = Buffer.from(b, 'utf8');
    return x.length === y.length && timingSafeEqual(x, y);
  },
  /** A short random id, for records that are named in URLs (tokens, users, jobs). */
  id(bytes = 9): string {
    return randomBytes(bytes).toString('base64url');
  },
};
