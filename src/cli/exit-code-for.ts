import { InputError, IntegrityError, NotFoundError, StoreError, UsageError } from '../domain/errors.ts';

/**
 * The one place errors become CLI output: exit 2 for usage errors (bad arguments),
 * 1 for everything else; the message names the cause chain, the stack only with
 * CLAIMTRAIL_DEBUG set.
 */
export function exitCodeFor(err: unknown, debug: boolean): { code: number; message: string } {
  const chain: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    chain.push(e instanceof Error ? e.message : String(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  const prefix =
    err instanceof UsageError
      ? 'usage error'
      : err instanceof NotFoundError
        ? 'not found'
        : err instanceof IntegrityError
          ? 'integrity check failed'
          : err instanceof StoreError
            ? 'store error'
            : err instanceof InputError
              ? 'input error'
              : 'error';
  let message = `claimtrail: ${prefix}: ${chain.join(': caused by: ')}`;
  if (debug && err instanceof Error && err.stack) message += `\n${err.stack}`;
  return { code: err instanceof UsageError ? 2 : 1, message };
}
