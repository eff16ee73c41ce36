/**
 * Manual corrections to entity resolution, kept apart from the links so that re-linking
 * never loses them, and append-only (triggers refuse UPDATE, DELETE and TRUNCATE): the
 * list is the record of who corrected what, when, read back in the order it was made.
 * An override is checked before it is stored, as the SQLite store checks it, since a
 * malformed one could never be taken back: a merge names two names, a split one; when
 * no time is given, the time of adding is.
 */
import { overrideValues } from '../override-values.ts';
import type { EntityOverride } from '../store.ts';
import { linkRowSchemas } from './link-row-schemas.ts';
import { parseRow } from './parse-row.ts';
import type { PgPool, Queryable } from './pg-pool.ts';

const INSERT = 'INSERT INTO entity_overrides (kind, a, b, made_by, made_at) VALUES ($1, $2, $3, $4, $5)';
const SELECT = 'SELECT kind, a, b, made_by, made_at FROM entity_overrides ORDER BY seq';

export const entityOverrides = {
  /** In a transaction of its own, so that a correction, once made, waits for the disk (pg-pool.ts). */
  async add(db: PgPool, override: EntityOverride, now: string): Promise<void> {
    const values = overrideValues(override, now);
    await db.transaction((tx) => tx.query(INSERT, values));
  },

  async list(db: Queryable): Promise<EntityOverride[]> {
    return (await db.query(SELECT)).map((r) => parseRow(linkRowSchemas.override, r, 'entity override'));
  },
};
