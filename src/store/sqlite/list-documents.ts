/**
 * Documents, newest first by published date (undated ones last), then by name; the
 * insertion order breaks the remaining ties so that the order is total and keyset
 * pagination neither skips nor repeats a document. Each summary carries what linking
 * found for its document (the document it copies, its event and story), joined by
 * primary key to the rows of the page only.
 */
import { z } from 'zod';
import { cursorCodec } from '../cursor-codec.ts';
import { documentSummaryRow } from '../document-summary-row.ts';
import { pageOf } from '../page-of.ts';
import { pageSize } from '../page-size.ts';
import type { DocumentSummary, Page, PageRequest } from '../store.ts';
import { keysetAfter } from './keyset-after.ts';
import type { SortColumn } from './keyset-after.ts';
import { parseRow } from './parse-row.ts';
import type { StatementCache } from './statement-cache.ts';

const cursor = cursorCodec('documents', z.tuple([z.string(), z.string(), z.int().nonnegative()]));
const ORDER: readonly SortColumn[] = [
  { expr: 'd.pub_key', desc: true },
  { expr: 'd.name' },
  { expr: 'd.seq' },
];
const COLUMNS = `d.seq, d.id, d.name, d.uri, d.title, d.published, d.pub_key, d.publisher, d.syndicated_from,
  d.added_at, s.id AS copy_of, ev.event, ev.story`;
const FROM = `documents d
  LEFT JOIN copies c ON c.doc_seq = d.seq LEFT JOIN documents s ON s.seq = c.source_seq
  LEFT JOIN document_events ev ON ev.doc_seq = d.seq`;


export function listDocuments(sql: StatementCache, page: PageRequest = {}): Page<DocumentSummary> {
  const limit = pageSize(page.limit);
  const after = page.cursor === undefined ? undefined : keysetAfter(ORDER, cursor.decode(page.cursor));
  const rows = sql(
    `SELECT ${COLUMNS} FROM ${FROM} ${after ? `WHERE ${after.sql}` : ''}
     ORDER BY d.pub_key DESC, d.name, d.seq LIMIT ?`,
  )
    .all(...(after?.params ?? []), limit + 1)
    .map((r) => parseRow(documentSummaryRow, r, 'document'));
  return pageOf(
    rows,
    limit,
    (r) => r.summary,
    (r) => cursor.encode([r.pubKey, r.summary.name, r.seq]),
  );
}
