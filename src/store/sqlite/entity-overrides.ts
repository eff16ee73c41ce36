/**
 * Manual corrections to entity resolution, kept apart from the links so that re-linking
 * never loses them, and append-only (triggers refuse UPDATE and DELETE): the list is the
 * record of who corrected what, when, read back in the order it was made. An override
 * is checked before it is stored, since a malformed one could never be taken back:
 * a merge names two names, a split one; when no time is given, the time of adding is.
 */
import { overrideValues } from '../override-values.ts';
import type { EntityOverride } from '../store.ts';
import { linkRowSchemas } from './link-row-schemas.ts';
import { parseRow } from './parse-row.ts';
import type { StatementCache } from './statement-cache.ts';

const INSERT = 'INSERT INTO entity_overrides (kind, a, b, made_by, made_at) VALUES (?, ?, ?, ?, ?)';
const SELECT = 'SELECT kind, a, b, made_by, made_at FROM entity_overrides ORDER BY seq';

export const entityOverrides = {
  add(sql: StatementCache, override: EntityOverride, now: string): void {
    sql(INSERT).run(...overrideValues(override, now));
  },

  list(sql: StatementCache): EntityOverride[] {
    return sql(SELECT)
      .all()
      .map((r) => parseRow(linkRowSchemas.override, r, 'entity override'));
  },
};
