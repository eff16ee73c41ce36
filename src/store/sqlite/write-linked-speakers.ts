/**
 * The linked speaker of each attribution (StoredLinks.speakers), written into the link
 * columns of `attributions` (see migrations.ts). The new links go into a temporary table
 * first; then only the rows whose link changed are written: a row rewritten moves its
 * entries in two indexes, and re-linking mostly gives each attribution the speaker it
 * had. When many change (the first linking: all of them), the two indexes are dropped
 * and built again from their own definitions instead, inside the same transaction:
 * 200,000 attributions all changing took 4.6 s with the indexes kept up row by row,
 * 1.6 s rebuilding them. A link to an attribution the store does not have is a
 * StoreError, as is one given twice.
 */
import { z } from 'zod';
import { StoreError } from '../../domain/errors.ts';
import { speakerKey } from '../speaker-key.ts';
import type { StoredLinks } from '../store.ts';
import type { SeqOf } from './document-seqs.ts';
import { insertRows } from './insert-rows.ts';
import { parseRow } from './parse-row.ts';
import type { StatementCache } from './statement-cache.ts';

/** Run before the transaction: creating it inside would roll back with a failed one. */
export const CREATE_LINKED_SPEAKERS = `CREATE TEMP TABLE IF NOT EXISTS linked_speakers (
  doc_seq INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  speaker TEXT,
  speaker_key TEXT,
  entity_id TEXT,
  PRIMARY KEY (doc_seq, idx)
) STRICT, WITHOUT ROWID`;

const COLUMNS = ['doc_seq', 'idx', 'speaker', 'speaker_key', 'entity_id'];

const UNMATCHED = `SELECT d.id, n.idx FROM temp.linked_speakers n JOIN documents d ON d.seq = n.doc_seq
  WHERE NOT EXISTS (SELECT 1 FROM attributions a WHERE a.doc_seq = n.doc_seq AND a.idx = n.idx) LIMIT 1`;

const UNLINK_DROPPED = `UPDATE attributions
  SET linked = 0, linked_speaker = NULL, linked_speaker_key = NULL, linked_entity = NULL
  WHERE linked = 1 AND NOT EXISTS (
    SELECT 1 FROM temp.linked_speakers n WHERE n.doc_seq = attributions.doc_seq AND n.idx = attributions.idx)`;

const LINK_CHANGED = `UPDATE attributions
  SET linked = 1, linked_speaker = n.speaker, linked_speaker_key = n.speaker_key, linked_entity = n.entity_id
  FROM temp.linked_speakers n
  WHERE attributions.doc_seq = n.doc_seq AND attributions.idx = n.idx
    AND (attributions.linked = 0 OR attributions.linked_speaker IS NOT n.speaker
      OR attributions.linked_entity IS NOT n.entity_id)`;

// max(seq) rather than count(*): one seek, and attributions are never deleted.
const CHANGES = `SELECT
  (SELECT count(*) FROM temp.linked_speakers n JOIN attributions a ON a.doc_seq = n.doc_seq AND a.idx = n.idx
    WHERE a.linked = 0 OR a.linked_speaker IS NOT n.speaker OR a.linked_entity IS NOT n.entity_id) +
  (SELECT count(*) FROM attributions a WHERE a.linked = 1 AND NOT EXISTS (
    SELECT 1 FROM temp.linked_speakers n WHERE n.doc_seq = a.doc_seq AND n.idx = a.idx)) AS changed,
  (SELECT coalesce(max(seq), 0) FROM attributions) AS total`;

/** From this share of attributions changing on, rebuilding the link indexes is faster. */
const REBUILD_SHARE = 0.25;

const LINK_INDEXES = `SELECT name, sql FROM sqlite_schema
  WHERE type = 'index' AND name IN ('attributions_speaker_match', 'attributions_entity') ORDER BY name`;

const unmatchedRow = z.object({ id: z.string(), idx: z.int() });
const changesRow = z.object({ changed: z.int(), total: z.int() });
const indexRow = z.object({ name: z.string(), sql: z.string() });

export function writeLinkedSpeakers(
  sql: StatementCache,
  speakers: StoredLinks['speakers'],
  seqOf: SeqOf,
  hasEntity: (id: string) => boolean,
): void {
  sql('DELETE FROM temp.linked_speakers').run();
  const rows = speakers.map((s) => {
    if (s.entityId !== undefined && !hasEntity(s.entityId)) {
      throw new StoreError(
        `replaceLinks: a speaker link refers to entity ${JSON.stringify(s.entityId)}, which the links do not define`,
      );
    }
    return [
      seqOf(s.docId, 'a speaker link'),
      s.index,
      s.speaker,
      s.speaker === null ? null : speakerKey(s.speaker),
      s.entityId ?? null,
    ];
  });
  insertRows(sql, 'temp.linked_speakers', COLUMNS, rows);
  const unmatched = sql(UNMATCHED).get();
  if (unmatched !== undefined) {
    const { id, idx } = parseRow(unmatchedRow, unmatched, 'speaker link');
    throw new StoreError(
      `replaceLinks: a speaker link refers to attribution ${idx} of document ${id}, which it does not have`,
    );
  }
  const { changed, total } = parseRow(changesRow, sql(CHANGES).get(), 'count');
  const rebuild =
    changed >= total * REBUILD_SHARE
      ? sql(LINK_INDEXES)
          .all()
          .map((r) => parseRow(indexRow, r, 'index'))
      : [];
  for (const index of rebuild) sql(`DROP INDEX ${index.name}`).run();
  sql(UNLINK_DROPPED).run();
  sql(LINK_CHANGED).run();
  for (const index of rebuild) sql(index.sql).run();
  sql('DELETE FROM temp.linked_speakers').run();
}
