/**
 * Everything the last replaceLinks stored, read back as StoredLinks (for moving a store
 * elsewhere): entities by id, members, speaker links, copies and events in document
 * order, claims in the order they were given, each with its positions. Read in one
 * transaction, so that another process's replaceLinks is seen wholly or not at all.
 */
import { z } from 'zod';
import { domainEnums } from '../domain-enums.ts';
import type { StoredLinks } from '../store.ts';
import { linkRowSchemas } from './link-row-schemas.ts';
import { opt } from '../opt.ts';
import { parseRow } from './parse-row.ts';
import { withPositions } from './query-claims.ts';
import type { StatementCache } from './statement-cache.ts';

const str = z.string();
function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const entityRow = z
  .object({ id: str, name: str, kind: domainEnums.entityKind, aliases: str })
  .transform((r, ctx) => {
    const aliases = z.array(str).safeParse(json(r.aliases));
    if (aliases.success) return { ...r, aliases: aliases.data };
    ctx.addIssue({ code: 'custom', message: 'aliases are not a JSON array of strings' });
    return z.NEVER;
  });
const memberRow = z
  .object({ doc_id: str, local: z.int(), entity_id: str })
  .transform((r) => ({ docId: r.doc_id, local: r.local, entityId: r.entity_id }));
const speakerRow = z
  .object({ doc_id: str, idx: z.int(), speaker: str.nullable(), entity_id: str.nullable() })
  .transform((r) => ({ docId: r.doc_id, index: r.idx, speaker: r.speaker, ...opt('entityId', r.entity_id) }));
const copyRow = z
  .object({
    doc_id: str,
    source_id: str,
    similarity: z.number(),
    exact: z.union([z.literal(0), z.literal(1)]),
  })
  .transform((r) => ({
    docId: r.doc_id,
    sourceId: r.source_id,
    similarity: r.similarity,
    exact: r.exact === 1,
  }));
const eventRow = z
  .object({ doc_id: str, event: str, story: str })
  .transform((r) => ({ docId: r.doc_id, event: r.event, story: r.story }));

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
        entityRow,
        'entity',
      ),
      members: all(
        `SELECT d.id AS doc_id, m.local, m.entity_id FROM entity_members m JOIN documents d ON d.seq = m.doc_seq
         ORDER BY m.doc_seq, m.local`,
        memberRow,
        'entity member',
      ),
      speakers: all(
        `SELECT d.id AS doc_id, a.idx, a.linked_speaker AS speaker, a.linked_entity AS entity_id
         FROM attributions a JOIN documents d ON d.seq = a.doc_seq WHERE a.linked = 1 ORDER BY a.doc_seq, a.idx`,
        speakerRow,
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
        copyRow,
        'copy',
      ),
      events: all(
        `SELECT d.id AS doc_id, e.event, e.story FROM document_events e JOIN documents d ON d.seq = e.doc_seq
         ORDER BY e.doc_seq`,
        eventRow,
        'event',
      ),
    };
  } finally {
    sql('COMMIT').run();
  }
}
