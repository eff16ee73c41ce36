/**
 * Attributions with their documents, filtered by speaker (case-insensitively, through
 * the stored speaker key), speaker entity, stance and document; in document order within
 * documents ordered as listDocuments orders them. Once linking ran, an attribution's
 * speaker is the linked one, in the rows and in the filter (`speaker_match`, see
 * migrations.ts). The sort key is stored on each attribution, so the attributions_order,
 * _speaker_match and _entity indexes deliver a page in order.
 */
import type { SQLInputValue } from 'node:sqlite';
import { z } from 'zod';
import { cursorCodec } from '../cursor-codec.ts';
import { pageOf } from '../page-of.ts';
import { pageSize } from '../page-size.ts';
import { speakerKey } from '../speaker-key.ts';
import type { AttributionQuery, AttributionRow, Page } from '../store.ts';
import { keysetAfter } from './keyset-after.ts';
import type { SortColumn } from './keyset-after.ts';
import { parseRow } from './parse-row.ts';
import { rowSchemas } from './row-schemas.ts';
import type { StatementCache } from './statement-cache.ts';

const cursor = cursorCodec(
  'attributions',
  z.tuple([z.string(), z.string(), z.int().nonnegative(), z.int().nonnegative()]),
);
const ORDER: readonly SortColumn[] = [
  { expr: 'a.pub_key', desc: true },
  { expr: 'a.doc_name' },
  { expr: 'a.doc_seq' },
  { expr: 'a.idx' },
];

export function queryAttributions(sql: StatementCache, query: AttributionQuery = {}): Page<AttributionRow> {
  const limit = pageSize(query.limit);
  const where: string[] = [];
  const params: SQLInputValue[] = [];
  // With a document, its few rows are best found by document: the unary `+` keeps SQLite
  // from walking the speaker's or entity's index instead (every statement of a much
  // quoted entity: 3 ms a document on 100,000 documents, against 0.1 ms).
  const byDoc = query.docId !== undefined ? '+' : '';
  if (query.speaker !== undefined) {
    where.push(`${byDoc}a.speaker_match = ?`);
    params.push(speakerKey(query.speaker));
  }
  if (query.entityId !== undefined) {
    where.push(`${byDoc}a.linked_entity = ?`);
    params.push(query.entityId);
  }
  if (query.stance !== undefined) {
    where.push('a.stance = ?');
    params.push(query.stance);
  }
  if (query.docId !== undefined) {
    where.push('a.doc_seq = (SELECT seq FROM documents WHERE id = ?)');
    params.push(query.docId);
  }
  if (query.cursor !== undefined) {
    const after = keysetAfter(ORDER, cursor.decode(query.cursor));
    where.push(after.sql);
    params.push(...after.params);
  }
  const rows = sql(
    `SELECT a.kind, a.content_start, a.content_end, a.cue_start, a.cue_end, a.source_start, a.source_end,
       CASE WHEN a.linked = 1 THEN a.linked_speaker ELSE a.speaker END AS speaker, a.linked_entity,
       a.stance, a.channel, a.addressee, a.negated, a.tense, a.cue_lemma, a.speaker_from, a.entity,
       a.pub_key, a.doc_seq, a.idx,
       d.id AS doc_id, a.doc_name, d.published, d.publisher, a.content_text, a.source_text
     FROM attributions a JOIN documents d ON d.seq = a.doc_seq
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY a.pub_key DESC, a.doc_name, a.doc_seq, a.idx LIMIT ?`,
  )
    .all(...params, limit + 1)
    .map((r) => parseRow(rowSchemas.attributionRow, r, 'attribution'));
  return pageOf(
    rows,
    limit,
    (r) => r.row,
    (r) => cursor.encode([...r.key]),
  );
}
