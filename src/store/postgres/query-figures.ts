/**
 * Figures with their documents and the sentence each stands in, filtered by document
 * and by words of what is counted: every word of `what` must begin a word of the
 * figure's `what` ("death" finds "deaths of gay men", "men" does not find "women"),
 * matched against the stored word key (word-key.ts). Ordered like attributions.
 */
import { z } from 'zod';
import { cursorCodec } from '../cursor-codec.ts';
import { pageOf } from '../page-of.ts';
import { pageSize } from '../page-size.ts';
import { searchTerms } from '../search-terms.ts';
import type { FigureQuery, FigureRow, Page } from '../store.ts';
import { keysetAfter } from './keyset-after.ts';
import type { SortColumn } from './keyset-after.ts';
import { parseRow } from './parse-row.ts';
import type { Queryable } from './pg-pool.ts';
import { rowSchemas } from './row-schemas.ts';
import { sqlParams } from './sql-params.ts';

const cursor = cursorCodec(
  'figures',
  z.tuple([z.string(), z.string(), z.int().nonnegative(), z.int().nonnegative()]),
);
const ORDER: readonly SortColumn[] = [
  { expr: 'f.pub_key', desc: true },
  { expr: 'f.doc_name' },
  { expr: 'f.doc_seq' },
  { expr: 'f.idx' },
];

export async function queryFigures(db: Queryable, query: FigureQuery = {}): Promise<Page<FigureRow>> {
  const limit = pageSize(query.limit);
  const p = sqlParams();
  const where: string[] = [];
  if (query.docId !== undefined) {
    where.push(`f.doc_seq = (SELECT seq FROM documents WHERE id = ${p.add(query.docId)})`);
  }
  // strpos() rather than LIKE: the words need no escaping of % and _.
  for (const term of searchTerms(typeof query.what === 'string' ? query.what : '')) {
    where.push(`strpos(f.what_key, ${p.add(` ${term.join(' ')}`)}) > 0`);
  }
  if (query.cursor !== undefined) where.push(keysetAfter(ORDER, cursor.decode(query.cursor), p));
  const rows = await db.query(
    `SELECT f.value, f.value_max, f.span_start, f.span_end, f.what, f.unit, f.when_, f.source,
       f.pub_key, f.doc_seq, f.idx, d.id AS doc_id, f.doc_name, d.published, d.publisher, f.context
     FROM figures f JOIN documents d ON d.seq = f.doc_seq
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY f.pub_key DESC, f.doc_name, f.doc_seq, f.idx LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  return pageOf(
    rows.map((r) => parseRow(rowSchemas.figureRow, r, 'figure')),
    limit,
    (r) => r.row,
    (r) => cursor.encode([...r.key]),
  );
}
