/**
 * The linked speaker of each attribution (StoredLinks.speakers), written into the link
 * columns of `attributions` (see migrations.ts). In PostgreSQL an updated row is a new
 * row version, so only what changed is written: the links as they stand are read back
 * (one scan), compared here with the new ones, and only the attributions whose link
 * changed are updated, only those whose link went unlinked. Re-linking mostly gives
 * each attribution the speaker it had: the same links again write nothing.
 * When many change (the first linking: all of them), the two indexes on the link
 * columns are dropped and built again from their definitions, in the same transaction;
 * with them gone the updates leave every other index alone (heap-only updates, for which
 * attributions keep room on their pages), and 200,000 updates took 11 s with the
 * indexes kept up row by row. Dropping an index locks attributions against readers
 * until the transaction ends, which is why it is done only then.
 * A link to an attribution the store does not have is a StoreError, as is one given twice.
 */
import { z } from 'zod';
import { StoreError } from '../../domain/errors.ts';
import { speakerKey } from '../speaker-key.ts';
import type { StoredLinks } from '../store.ts';
import type { SeqOf } from './document-seqs.ts';
import { parseRow } from './parse-row.ts';
import type { Queryable } from './pg-pool.ts';

const CURRENT = `SELECT doc_seq, idx, linked_speaker, linked_entity FROM attributions WHERE linked`;

const UNLINK = `UPDATE attributions a
  SET linked = false, linked_speaker = NULL, linked_speaker_key = NULL, linked_entity = NULL
  FROM unnest($1::int[], $2::int[]) n(doc_seq, idx) WHERE a.doc_seq = n.doc_seq AND a.idx = n.idx`;

const LINK = `WITH updated AS (
  UPDATE attributions a
  SET linked = true, linked_speaker = n.speaker, linked_speaker_key = n.speaker_key, linked_entity = n.entity_id
  FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[]) n(doc_seq, idx, speaker, speaker_key, entity_id)
  WHERE a.doc_seq = n.doc_seq AND a.idx = n.idx RETURNING 1)
SELECT count(*) AS n FROM updated`;

const MISSING = `SELECT d.id, n.idx FROM unnest($1::int[], $2::int[]) n(doc_seq, idx) JOIN documents d ON d.seq = n.doc_seq
  WHERE NOT EXISTS (SELECT 1 FROM attributions a WHERE a.doc_seq = n.doc_seq AND a.idx = n.idx) LIMIT 1`;

/** From this share of attributions changing on, rebuilding the link indexes is faster. */
const REBUILD_SHARE = 0.25;

const LINK_INDEXES = `SELECT indexname, indexdef FROM pg_indexes
  WHERE schemaname = current_schema() AND indexname IN ('attributions_speaker_match', 'attributions_entity')
  ORDER BY indexname`;

const currentRow = z.object({
  doc_seq: z.int(),
  idx: z.int(),
  linked_speaker: z.string().nullable(),
  linked_entity: z.string().nullable(),
});
const countRow = z.object({ n: z.int() });
const missingRow = z.object({ id: z.string(), idx: z.int() });
const indexRow = z.object({ indexname: z.string(), indexdef: z.string() });

function fail(message: string): never {
  throw new StoreError(`replaceLinks: ${message}`);
}

interface Link {
  readonly docSeq: number;
  readonly idx: number;
  readonly speaker: string | null;
  readonly entityId: string | null;
}

/** The new links by `docSeq:idx`, each checked. */
function newLinks(
  speakers: StoredLinks['speakers'],
  seqOf: SeqOf,
  hasEntity: (id: string) => boolean,
): Map<string, Link> {
  const links = new Map<string, Link>();
  for (const s of speakers) {
    if (s.entityId !== undefined && !hasEntity(s.entityId)) {
      fail(`a speaker link refers to entity ${JSON.stringify(s.entityId)}, which the links do not define`);
    }
    const docSeq = seqOf(s.docId, 'a speaker link');
    const key = `${docSeq}:${s.index}`;
    if (links.has(key)) fail(`attribution ${s.index} of document ${s.docId} is linked twice`);
    links.set(key, { docSeq, idx: s.index, speaker: s.speaker, entityId: s.entityId ?? null });
  }
  return links;
}

export async function writeLinkedSpeakers(
  db: Queryable,
  speakers: StoredLinks['speakers'],
  seqOf: SeqOf,
  hasEntity: (id: string) => boolean,
): Promise<void> {
  const wanted = newLinks(speakers, seqOf, hasEntity);
  const dropped: Link[] = [];
  for (const row of await db.query(CURRENT)) {
    const r = parseRow(currentRow, row, 'attribution link');
    const key = `${r.doc_seq}:${r.idx}`;
    const want = wanted.get(key);
    if (want === undefined) dropped.push({ docSeq: r.doc_seq, idx: r.idx, speaker: null, entityId: null });
    else if (want.speaker === r.linked_speaker && want.entityId === r.linked_entity) wanted.delete(key);
  }
  const changed = [...wanted.values()];
  if (changed.length + dropped.length === 0) return;
  const [total] = await db.query('SELECT count(*) AS n FROM attributions');
  const rebuild =
    changed.length + dropped.length >= parseRow(countRow, total, 'count').n * REBUILD_SHARE
      ? (await db.query(LINK_INDEXES)).map((r) => parseRow(indexRow, r, 'index'))
      : [];
  for (const index of rebuild) await db.query(`DROP INDEX ${index.indexname}`);
  if (dropped.length > 0) await db.query(UNLINK, [dropped.map((l) => l.docSeq), dropped.map((l) => l.idx)]);
  if (changed.length > 0) {
    const seqs = changed.map((l) => l.docSeq);
    const idxs = changed.map((l) => l.idx);
    const [updated] = await db.query(LINK, [
      seqs,
      idxs,
      changed.map((l) => l.speaker),
      changed.map((l) => (l.speaker === null ? null : speakerKey(l.speaker))),
      changed.map((l) => l.entityId),
    ]);
    if (parseRow(countRow, updated, 'count').n < changed.length) {
      const [missing] = await db.query(MISSING, [seqs, idxs]);
      const { id, idx } = parseRow(missingRow, missing, 'speaker link');
      fail(`a speaker link refers to attribution ${idx} of document ${id}, which it does not have`);
    }
  }
  for (const index of rebuild) await db.query(index.indexdef);
}
