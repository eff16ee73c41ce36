/**
 * An entity override checked before either store keeps it, since a malformed one could
 * never be taken back: a merge names two names, a split one; when no time is given, the
 * time of adding is.
 */
import { z } from 'zod';
import { UsageError } from '../domain/errors.ts';
import type { EntityOverride } from './store.ts';

const name = z.string().trim().min(1);

const input = z
  .object({
    kind: z.enum(['merge', 'split']),
    a: name,
    b: name.optional(),
    by: name.optional(),
    at: z
      .string()
      .refine((at) => !Number.isNaN(Date.parse(at)), 'not a date and time')
      .optional(),
  })
  .refine((o) => o.kind !== 'merge' || o.b !== undefined, 'a merge names two names, `a` and `b`');

/** The columns to insert, in order: kind, a, b, made_by, made_at. */
export function overrideValues(override: EntityOverride, now: string): [string, string, string | null, string | null, string] {
  const parsed = input.safeParse(override);
  if (!parsed.success) {
    throw new UsageError(`invalid entity override: ${parsed.error.issues.map((i) => i.message).join('; ')}`, { cause: parsed.error });
  }
  // The values as given, not trimmed: a name is compared as the caller wrote it.
  const o = override;
  return [o.kind, o.a, o.b ?? null, o.by ?? null, o.at ?? now];
}
