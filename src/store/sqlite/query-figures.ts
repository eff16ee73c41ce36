/**
 * Figures with their documents and the sentence each stands in, filtered by document
 * and by words of what is counted: every word of `what` must begin a word of the
 * figure's `what` ("death" finds "deaths of gay men", "men" does not find "women"),
 * matched against the stored word key (word-key.ts). Ordered like attributions.
 */
import type { SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import { cursorCodec } from '../cursor-codec.ts';
import { pageOf } from '../page-of.ts';
import { pageSize } from '../page-size.ts';
import { searchTerms } from '../search-terms.ts';
import type { FigureQuery, FigureRow, Page } from '../store.ts';
import { keysetAfter } from './keyset-after.ts';
import type { SortColumn } from './keyset-after.ts';
import { parseRow } from './parse-row.ts';
import { rowSchemas } from './row-schemas.ts';
import type { StatementCache } from './statement-cache.ts';

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

export function queryFigures(sql: StatementCache, query: FigureQuery = {}): Page<FigureRow> {
  const limit = pageSize(query.limit);
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  if (query.docId !== undefined) {
    where.push('f.doc_seq = (SELECT seq FROM documents WHERE id = ?)');
    params.push(query.docId);
  }
  // instr() rather than LIKE: the words need no escaping of % and _.
  for (const term of searchTerms(query.what ?? '')) {
    where.push('instr(f.what_key, ?) > 0');
    params.push(` ${term.join(' ')}`);
  }
  if (query.cursor !== undefined) {
    const after = keysetAfter(ORDER, cursor.decode(query.cursor));
    where.push(after.sql);
    params.push(...after.params);
  }
  const rows = sql(
    `SELECT f.value, f.value_max, f.span_start, f.span_end, f.what, f.unit, f.when_, f.source,
       f.pub_key, f.doc_seq, f.idx, d.id AS doc_id, f.doc_name, d.published, d.publisher, f.context
     FROM figures f JOIN documents d ON d.seq = f.doc_seq
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY f.pub_key DESC, f.doc_name, f.doc_seq, f.idx LIMIT ?`,
  )
    .all(...params, limit + 1)
    .map((r) => parseRow(rowSchemas.figureRow, r, 'figure'));
  return pageOf(
    rows,
    limit,
    (r) => r.row,
    (r) => cursor.encode([...r.key]),
  );
}
