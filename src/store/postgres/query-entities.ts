/**
 * Entities across the collection, most mentioned first, then by name, then by id (so
 * that the order is total and keyset pagination neither skips nor repeats one); filtered
 * by kind and by words: every word of `q` must begin a word of the name or of an alias,
 * in any case ("brand" and "BRAN" find "Mayor Ottilie Brand"), matched against the stored
 * word key as figures' `what` is. The counts are stored (replace-links.ts), so the
 * collection_entities_order and _kind indexes deliver a page in order.
 */
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
import type { Queryable } from './pg-pool.ts';
import { sqlParams } from './sql-params.ts';

const cursor = cursorCodec('entities', z.tuple([z.int().nonnegative(), z.string(), z.string()]));
const ORDER: readonly SortColumn[] = [{ expr: 'mentions', desc: true }, { expr: 'name' }, { expr: 'id' }];
const COLUMNS = 'id, name, kind, aliases, mentions, statements';

export async function queryEntities(db: Queryable, query: EntityQuery = {}): Promise<Page<EntitySummary>> {
  const limit = pageSize(query.limit);
  const p = sqlParams();
  const where: string[] = [];
  if (query.kind !== undefined) where.push(`kind = ${p.add(query.kind)}`);
  // strpos() rather than LIKE: the words need no escaping of % and _.
  for (const term of searchTerms(typeof query.q === 'string' ? query.q : '')) {
    where.push(`strpos(name_words, ${p.add(` ${term.join(' ')}`)}) > 0`);
  }
  if (query.cursor !== undefined) where.push(keysetAfter(ORDER, cursor.decode(query.cursor), p));
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM collection_entities ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY mentions DESC, name, id LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  return pageOf(
    rows.map((r) => parseRow(linkRowSchemas.entity, r, 'entity')),
    limit,
    (r) => r.summary,
    (r) => cursor.encode([...r.key]),
  );
}

export async function readEntity(db: Queryable, id: string): Promise<EntitySummary | undefined> {
  const [row] = await db.query(`SELECT ${COLUMNS} FROM collection_entities WHERE id = $1`, [id]);
  return row === undefined ? undefined : parseRow(linkRowSchemas.entity, row, 'entity').summary;
}
