/**
 * Everything the last replaceLinks stored, read back as StoredLinks (for moving a store
 * elsewhere): entities by id, members, speaker links, copies and events in document
 * order, claims in the order they were given, each with its positions. Read in one
 * transaction, so that another process's replaceLinks is seen wholly or not at all.
 */
import type { z } from 'zod';
import type { StoredLinks } from '../store.ts';
import { linkRowSchemas } from './link-row-schemas.ts';
import { parseRow } from './parse-row.ts';
import { withPositions } from './query-claims.ts';
import type { StatementCache } from './statement-cache.ts';

export function readLinks(sql: StatementCache): StoredLinks {
  const all = <S extends z.ZodType>(query: string, schema: S, what: string): z.output<S>[] =>
    sql(query)
      .all()
      .map((r) => parseRow(schema, r, what));
  sql('BEGIN').run();
  try {
    return {
      entities: all(
        'SELECT id, name, kind, aliases FROM collection_entities ORDER BY id',
        linkRowSchemas.storedEntity,
        'entity',
      ),
      members: all(
        `SELECT d.id AS doc_id, m.local, m.entity_id FROM entity_members m JOIN documents d ON d.seq = m.doc_seq
         ORDER BY m.doc_seq, m.local`,
        linkRowSchemas.member,
        'entity member',
      ),
      speakers: all(
        `SELECT d.id AS doc_id, a.idx, a.linked_speaker AS speaker, a.linked_entity AS entity_id
         FROM attributions a JOIN documents d ON d.seq = a.doc_seq WHERE a.linked = 1 ORDER BY a.doc_seq, a.idx`,
        linkRowSchemas.speaker,
        'speaker link',
      ),
      claims: withPositions(
        sql,
        all(
          'SELECT seq, id, text, story, position_count FROM claims ORDER BY seq',
          linkRowSchemas.claim,
          'claim',
        ),
      ),
      copies: all(
        `SELECT d.id AS doc_id, s.id AS source_id, c.similarity, c.exact FROM copies c
         JOIN documents d ON d.seq = c.doc_seq JOIN documents s ON s.seq = c.source_seq ORDER BY c.doc_seq`,
        linkRowSchemas.storedCopy,
        'copy',
      ),
      events: all(
        `SELECT d.id AS doc_id, e.event, e.story FROM document_events e JOIN documents d ON d.seq = e.doc_seq
         ORDER BY e.doc_seq`,
        linkRowSchemas.event,
        'event',
      ),
    };
  } finally {
    sql('COMMIT').run();
  }
}
