/**
 * Documents, newest first by published date (undated ones last), then by name; the
 * insertion order breaks the remaining ties so that the order is total and keyset
 * pagination neither skips nor repeats a document. Each summary carries what linking
 * found for its document (the document it copies, its event and story), joined by
 * primary key to the rows of the page only. The cursor is the SQLite store's, key for key.
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
import type { Queryable } from './pg-pool.ts';
import { sqlParams } from './sql-params.ts';

const cursor = cursorCodec('documents', z.tuple([z.string(), z.string(), z.int().nonnegative()]));
const ORDER: readonly SortColumn[] = [
  { expr: 'd.pub_key', desc: true },
  { expr: 'd.name' },
  { expr: 'd.seq' },
];


export async function listDocuments(db: Queryable, page: PageRequest = {}): Promise<Page<DocumentSummary>> {
  const limit = pageSize(page.limit);
  const p = sqlParams();
  const after = page.cursor === undefined ? undefined : keysetAfter(ORDER, cursor.decode(page.cursor), p);
  // The page's documents first, then their links: the joins run for the rows shown only.
  const rows = await db.query(
    `SELECT d.seq, d.id, d.name, d.uri, d.title, d.published, d.pub_key, d.publisher, d.syndicated_from,
       d.added_at, s.id AS copy_of, ev.event, ev.story
     FROM (SELECT d.seq, d.id, d.name, d.uri, d.title, d.published, d.pub_key, d.publisher, d.syndicated_from,
         d.added_at FROM documents d ${after ? `WHERE ${after}` : ''}
       ORDER BY d.pub_key DESC, d.name, d.seq LIMIT ${p.add(limit + 1)}) d
     LEFT JOIN copies c ON c.doc_seq = d.seq LEFT JOIN documents s ON s.seq = c.source_seq
     LEFT JOIN document_events ev ON ev.doc_seq = d.seq
     ORDER BY d.pub_key DESC, d.name, d.seq`,
    p.values,
  );
  return pageOf(
    rows.map((r) => parseRow(documentSummaryRow, r, 'document')),
    limit,
    (r) => r.summary,
    (r) => cursor.encode([r.pubKey, r.summary.name, r.seq]),
  );
}
