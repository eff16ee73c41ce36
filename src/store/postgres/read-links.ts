/**
 * Everything the last replaceLinks stored, read back as StoredLinks (for moving a store
 * elsewhere): entities by id, members, speaker links, copies and events in document
 * order, claims in the order they were given, each with its positions. Read in one
 * repeatable-read transaction, so that a replaceLinks committing meanwhile is seen
 * wholly or not at all.
 */
import type { z } from 'zod';
import type { StoredLinks } from '../store.ts';
import { linkRowSchemas } from './link-row-schemas.ts';
import { parseRow } from './parse-row.ts';
import type { PgPool } from './pg-pool.ts';
import { withPositions } from './query-claims.ts';

export async function readLinks(pool: PgPool): Promise<StoredLinks> {
  return pool.transaction(async (db) => {
    await db.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const all = async <S extends z.ZodType>(sql: string, schema: S, what: string) =>
      (await db.query(sql)).map((r) => parseRow(schema, r, what) as z.output<S>);
    const entities = await all(
      'SELECT id, name, kind, aliases FROM collection_entities ORDER BY id',
      linkRowSchemas.storedEntity,
      'entity',
    );
    const members = await all(
      `SELECT d.id AS doc_id, m.local, m.entity_id FROM entity_members m JOIN documents d ON d.seq = m.doc_seq
       ORDER BY m.doc_seq, m.local`,
      linkRowSchemas.member,
      'entity member',
    );
    const speakers = await all(
      `SELECT d.id AS doc_id, a.idx, a.linked_speaker AS speaker, a.linked_entity AS entity_id
       FROM attributions a JOIN documents d ON d.seq = a.doc_seq WHERE a.linked ORDER BY a.doc_seq, a.idx`,
      linkRowSchemas.speaker,
      'speaker link',
    );
    const claimRows = await all(
      'SELECT seq, id, text, story, position_count FROM claims ORDER BY seq',
      linkRowSchemas.claim,
      'claim',
    );
    const copies = await all(
      `SELECT d.id AS doc_id, s.id AS source_id, c.similarity, c.exact FROM copies c
       JOIN documents d ON d.seq = c.doc_seq JOIN documents s ON s.seq = c.source_seq ORDER BY c.doc_seq`,
      linkRowSchemas.storedCopy,
      'copy',
    );
    const events = await all(
      `SELECT d.id AS doc_id, e.event, e.story FROM document_events e JOIN documents d ON d.seq = e.doc_seq
       ORDER BY e.doc_seq`,
      linkRowSchemas.event,
      'event',
    );
    return {
      entities,
      members,
      speakers,
      claims: await withPositions(db, claimRows),
      copies,
      events,
    };
  });
}
