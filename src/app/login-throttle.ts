import { RateLimitError } from './access-errors.ts';

export interface LoginThrottle {
  /** Throws RateLimitError while the account or the address must wait. */
  check(account: string, ip: string): void;
  failed(account: string, ip: string): void;
  /** A good password clears the account's count (not the address's: see below). */
  succeeded(account: string): void;
}

export interface LoginThrottleOptions {
  readonly now?: () => number;
  /** Failures before waiting starts (the next attempt then waits): per account, per address. */
  readonly freeAccount?: number;
  readonly freeIp?: number;
  /** The first wait; each further failure doubles it, up to `maxDelayMs`. */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** A key with no failure for this long starts afresh. */
  readonly forgetAfterMs?: number;
  /** At most this many keys are remembered (so a flood of names cannot exhaust memory). */
  readonly maxKeys?: number;
}

interface Count {
  failures: number;
  last: number;
  until: number;
}

/**
 * Login rate limiting with exponential backoff, per account (against guessing one
 * account's password from many addresses) and per client address (against trying many
 * accounts from one). After the free failures each further one doubles the wait (1 s,
 * 2 s, 4 s, … 15 min). A success clears the account's count but not the address's, or an
 * attacker could clear it by signing in to an account of their own between guesses.
 * Unknown account names count like known ones, so the limit tells nothing about which
 * names exist. Kept in memory, per server process: a restart forgets it.
 */
export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const now = options.now ?? Date.now;
  const freeAccount = options.freeAccount ?? 5;
  const freeIp = options.freeIp ?? 20;
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 15 * 60_000;
  const forget = options.forgetAfterMs ?? 60 * 60_000;
  const maxKeys = options.maxKeys ?? 50_000;
  const counts = new Map<string, Count>();
  const accountKey = (a: string): string => `a:${a.trim().toLowerCase()}`;
  const ipKey = (ip: string): string => `i:${ip}`;

  const live = (key: string, t: number): Count | undefined => {
    const c = counts.get(key);
    if (c && t - c.last > forget && t >= c.until) {
      counts.delete(key);
      return undefined;
    }
    return c;
  };
  const bump = (key: string, free: number, t: number): void => {
    const c = live(key, t) ?? { failures: 0, last: t, until: 0 };
    c.failures++;
    c.last = t;
    const over = c.failures - free + 1;
    if (over > 0) c.until = t + Math.min(max, base * 2 ** Math.min(over - 1, 30));
    counts.delete(key);
    counts.set(key, c);
    // Oldest first in a Map's order: drop from the front when full.
    while (counts.size > maxKeys) counts.delete(counts.keys().next().value as string);
  };

  return {
    check(account, ip) {
      const t = now();
      const waits = [live(accountKey(account), t), live(ipKey(ip), t)].map((c) => (c ? c.until - t : 0));
      const wait = Math.max(...waits);
      if (wait > 0) throw new RateLimitError('too many failed sign-ins: wait before trying again', Math.ceil(wait / 1000));
    },
    failed(account, ip) {
      const t = now();
      bump(accountKey(account), freeAccount, t);
      bump(ipKey(ip), freeIp, t);
    },
    succeeded(account) {
      counts.delete(accountKey(account));
    },
  };
}
