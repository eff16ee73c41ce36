/**
 * The opaque pagination cursor every Store implementation hands out: the sort key of the
 * last item on a page, tagged with which listing it belongs to, as base64url JSON.
 * Keyset pagination (rather than offsets) keeps pages stable while documents are added.
 * A cursor comes back from callers (CLI flags, HTTP query strings), so decoding it is a
 * boundary: anything malformed or tampered with is a UsageError, never a crash or a query
 * with junk parameters.
 */
import { z } from 'zod';
import { UsageError } from '../domain/errors.ts';

export interface CursorCodec<K extends readonly unknown[]> {
  encode(key: K): string;
  /** The sort key in `cursor`; throws UsageError when it is not a cursor of this listing. */
  decode(cursor: string): K;
}

/** Cursors longer than this were not made by us; refuse them before decoding anything. */
const MAX_CURSOR_LENGTH = 4096;

/** `listing` names what the cursor pages through, so a cursor of one listing is refused by another. */
export function cursorCodec<S extends z.ZodType<readonly unknown[]>>(
  listing: string,
  key: S,
): CursorCodec<z.infer<S>> {
  const envelope = z.object({ l: z.literal(listing), k: z.unknown() }).strict();
  return {
    encode: (k) => Buffer.from(JSON.stringify({ l: listing, k }), 'utf8').toString('base64url'),
    decode: (cursor) => {
      if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) {
        throw new UsageError('invalid cursor: pass the `next` value of a previous page unchanged');
      }
      if (!/^[A-Za-z0-9_-]+$/.test(cursor)) {
        throw new UsageError('invalid cursor: not base64url');
      }
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch (cause) {
        throw new UsageError('invalid cursor: not a cursor', { cause });
      }
      const parsed = envelope.safeParse(json);
      const k = parsed.success ? key.safeParse(parsed.data.k) : parsed;
      if (!k.success) {
        throw new UsageError(`invalid cursor for ${listing}`, { cause: k.error });
      }
      return k.data;
    },
  };
}
