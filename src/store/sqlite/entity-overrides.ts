/**
 * Manual corrections to entity resolution, kept apart from the links so that re-linking
 * never loses them, and append-only (triggers refuse UPDATE and DELETE): the list is the
 * record of who corrected what, when, read back in the order it was made. An override
 * is checked before it is stored, since a malformed one could never be taken back:
 * a merge names two names, a split one; when no time is given, the time of adding is.
 */
import { z } from 'zod';
import { UsageError } from '../../domain/errors.ts';
import type { EntityOverride } from '../store.ts';
import { linkRowSchemas } from './link-row-schemas.ts';
import { parseRow } from './parse-row.ts';
import type { StatementCache } from './statement-cache.ts';

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

const INSERT = 'INSERT INTO entity_overrides (kind, a, b, made_by, made_at) VALUES (?, ?, ?, ?, ?)';
const SELECT = 'SELECT kind, a, b, made_by, made_at FROM entity_overrides ORDER BY seq';

export const entityOverrides = {
  add(sql: StatementCache, override: EntityOverride, now: string): void {
    const parsed = input.safeParse(override);
    if (!parsed.success) {
      throw new UsageError(
        `invalid entity override: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
        {
          cause: parsed.error,
        },
      );
    }
    // The values as given, not trimmed: a name is compared as the caller wrote it.
    const o = override;
    sql(INSERT).run(o.kind, o.a, o.b ?? null, o.by ?? null, o.at ?? now);
  },

  list(sql: StatementCache): EntityOverride[] {
    return sql(SELECT)
      .all()
      .map((r) => parseRow(linkRowSchemas.override, r, 'entity override'));
  },
};
