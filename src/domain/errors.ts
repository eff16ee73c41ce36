/**
 * The few error classes claimtrail throws. Each carries the underlying `cause`;
 * the CLI (src/cli/exit-code-for.ts) and the HTTP API map them to output in one place.
 */

/** The caller asked for something malformed: bad arguments, an unknown command. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** An input could not be read or understood (a file, a feed, a package). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Something asked for does not exist. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

/** The store or archive failed or holds something inconsistent. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** Stored evidence does not match its recorded hash, or the custody chain is broken. */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';
}
