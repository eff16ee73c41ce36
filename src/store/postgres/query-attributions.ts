/**
 * Attributions with their documents, filtered by speaker (case-insensitively, through
 * the stored speaker key), speaker entity, stance and document; in document order within
 * documents ordered as listDocuments orders them. Once linking ran, an attribution's
 * speaker is the linked one, in the rows and in the filter (`speaker_match`, see
 * migrations.ts). The sort key is stored on each attribution, so the attributions_order,
 * _speaker_match and _entity indexes deliver a page in order.
 */
import { z } from 'zod';
import { cursorCodec } from '../cursor-codec.ts';
import { pageOf } from '../page-of.ts';
import { pageSize } from '../page-size.ts';
import { speakerKey } from '../speaker-key.ts';
import type { AttributionQuery, AttributionRow, Page } from '../store.ts';
import { keysetAfter } from './keyset-after.ts';
import type { SortColumn } from './keyset-after.ts';
import { parseRow } from './parse-row.ts';
import type { Queryable } from './pg-pool.ts';
import { rowSchemas } from './row-schemas.ts';
import { sqlParams } from './sql-params.ts';

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

export async function queryAttributions(
  db: Queryable,
  query: AttributionQuery = {},
): Promise<Page<AttributionRow>> {
  const limit = pageSize(query.limit);
  const p = sqlParams();
  const where: string[] = [];
  if (query.speaker !== undefined) where.push(`a.speaker_match = ${p.add(speakerKey(query.speaker))}`);
  if (query.entityId !== undefined) where.push(`a.linked_entity = ${p.add(query.entityId)}`);
  if (query.stance !== undefined) where.push(`a.stance = ${p.add(query.stance)}`);
  if (query.docId !== undefined) {
    where.push(`a.doc_seq = (SELECT seq FROM documents WHERE id = ${p.add(query.docId)})`);
  }
  if (query.cursor !== undefined) where.push(keysetAfter(ORDER, cursor.decode(query.cursor), p));
  const rows = await db.query(
    `SELECT a.kind, a.content_start, a.content_end, a.cue_start, a.cue_end, a.source_start, a.source_end,
       CASE WHEN a.linked THEN a.linked_speaker ELSE a.speaker END AS speaker, a.linked_entity,
       a.stance, a.channel, a.addressee, a.negated, a.tense, a.cue_lemma, a.speaker_from, a.entity,
       a.pub_key, a.doc_seq, a.idx,
       d.id AS doc_id, a.doc_name, d.published, d.publisher, a.content_text, a.source_text
     FROM attributions a JOIN documents d ON d.seq = a.doc_seq
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY a.pub_key DESC, a.doc_name, a.doc_seq, a.idx LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  return pageOf(
    rows.map((r) => parseRow(rowSchemas.attributionRow, r, 'attribution')),
    limit,
    (r) => r.row,
    (r) => cursor.encode([...r.key]),
  );
}
