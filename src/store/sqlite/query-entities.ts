/**
 * Entities across the collection, most mentioned first, then by name, then by id (so
 * that the order is total and keyset pagination neither skips nor repeats one); filtered
 * by kind and by words: every word of `q` must begin a word of the name or of an alias,
 * in any case ("brand" and "BRAN" find "Mayor Ottilie Brand"), matched against the stored
 * word key as figures' `what` is. The counts are stored (replace-links.ts), so the
 * collection_entities_order and _kind indexes deliver a page in order.
 */
import type { SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import { cursorCodec } from '../cursor-codec.ts';
import { pageOf } from '../page-of.ts';
import { pageSize } from '../page-size.ts';
import { searchTerms } from '../search-terms.ts';
import type { EntityQuery, EntitySummary, Page } from '../store.ts';
import { keysetAfter } from './keyset-after.ts';
import type { SortColumn } from './keyset-after.ts';
import { linkRowSchemas } from './link-row-schemas.ts';
import { parseRow } from './parse-row.ts';
import type { StatementCache } from './statement-cache.ts';

const cursor = cursorCodec('entities', z.tuple([z.int().nonnegative(), z.string(), z.string()]));
const ORDER: readonly SortColumn[] = [{ expr: 'mentions', desc: true }, { expr: 'name' }, { expr: 'id' }];
const COLUMNS = 'id, name, kind, aliases, mentions, statements';

export function queryEntities(sql: StatementCache, query: EntityQuery = {}): Page<EntitySummary> {
  const limit = pageSize(query.limit);
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  if (query.kind !== undefined) {
    where.push('kind = ?');
    params.push(query.kind);
  }
  // instr() rather than LIKE: the words need no escaping of % and _.
  for (const term of searchTerms(typeof query.q === 'string' ? query.q : '')) {
    where.push('instr(name_words, ?) > 0');
    params.push(` ${term.join(' ')}`);
  }
  if (query.cursor !== undefined) {
    const after = keysetAfter(ORDER, cursor.decode(query.cursor));
    where.push(after.sql);
    params.push(...after.params);
  }
  const rows = sql(
    `SELECT ${COLUMNS} FROM collection_entities ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY mentions DESC, name, id LIMIT ?`,
  )
    .all(...params, limit + 1)
    .map((r) => parseRow(linkRowSchemas.entity, r, 'entity'));
  return pageOf(
    rows,
    limit,
    (r) => r.summary,
    (r) => cursor.encode([...r.key]),
  );
}

export function readEntity(sql: StatementCache, id: string): EntitySummary | undefined {
  const row = sql(`SELECT ${COLUMNS} FROM collection_entities WHERE id = ?`).get(id);
  return row === undefined ? undefined : parseRow(linkRowSchemas.entity, row, 'entity').summary;
}
