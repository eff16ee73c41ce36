import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { UsageError } from '../domain/errors.ts';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Whether `password` is the one `stored` was made from; false for anything malformed. */
  verify(password: string, stored: string): Promise<boolean>;
}

/** Longer than any passphrase; bounds the work one request can ask of scrypt. */
const MAX_PASSWORD = 1024;
export const MIN_PASSWORD = 10;

/**
 * scrypt from node:crypto with a per-password random salt, stored self-describing as
 * `scrypt$logN$r$p$salt$hash` (base64url) so that the cost can be raised later and old
 * hashes still verify. The default cost (N = 2^15, r = 8: 32 MiB, some 50 ms here) is
 * OWASP's floor for scrypt; tests pass a lower one. Runs off the event loop (libuv's
 * pool), and compares in constant time.
 */
export function createPasswordHasher(options: { readonly logN?: number } = {}): PasswordHasher {
  const logN = options.logN ?? 15;
  const derive = (password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      scrypt(password.normalize('NFC'), salt, 32, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key)));
    });
  return {
    async hash(password) {
      if (password.length < MIN_PASSWORD) throw new UsageError(`a password needs at least ${MIN_PASSWORD} characters`);
      if (password.length > MAX_PASSWORD) throw new UsageError(`a password has at most ${MAX_PASSWORD} characters`);
      const salt = randomBytes(16);
      const key = await derive(password, salt, 2 ** logN, 8, 1);
      return ['scrypt', logN, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    },
    async verify(password, stored) {
      const parts = stored.split('$');
      if (parts.length !== 6 || parts[0] !== 'scrypt' || password.length > MAX_PASSWORD) return false;
      const [ln, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
      if (![ln, r, p].every(Number.isInteger) || ln < 1 || ln > 22 || r < 1 || r > 32 || p < 1 || p > 16) return false;
      const expected = Buffer.from(parts[5] as string, 'base64url');
      const key = await derive(password, Buffer.from(parts[4] as string, 'base64url'), 2 ** ln, r, p);
      return key.length === expected.length && timingSafeEqual(key, expected);
    },
  };
}
