/**
 * The database boundary for what linking wrote (row-schemas-for.ts has the documents):
 * zod schemas for the rows of the link tables, each transforming a row into what the
 * Store hands out, for one SQL dialect. NULL columns become absent properties, so that
 * values read back deep-equal what was written.
 */
import { z } from 'zod';
import type { EntityOverride, EntitySummary, StoredClaimPosition } from './store.ts';
import { domainEnums as e } from './domain-enums.ts';
import { opt } from './opt.ts';
import type { RowDialect } from './row-schemas-for.ts';

const int = z.int();
const count = z.int().nonnegative();
const str = z.string();
const optStr = z.string().nullable();

/** The link row schemas for one dialect. */
export function linkRowSchemasFor(dialect: RowDialect) {
  /** A collection entity with its counts, and its sort key for the cursor. */
  const entity = z
    .object({
      id: str,
      name: str,
      kind: e.entityKind,
      aliases: dialect.aliases,
      mentions: count,
      statements: count,
    })
    .transform((r) => ({
      key: [r.mentions, r.name, r.id] as const,
      summary: r satisfies EntitySummary,
    }));

  const claim = z.object({ seq: int, id: str, text: str, story: str, position_count: count });

  const position = z
    .object({
      claim_seq: int,
      doc_id: str,
      doc: str,
      speaker: str,
      position: e.position,
      span_start: int,
      span_end: int,
      attribution: z.int().nullable(),
      entity_id: optStr,
      text: str,
    })
    .transform((r) => ({
      claimSeq: r.claim_seq,
      position: {
        speaker: r.speaker,
        position: r.position,
        doc: r.doc,
        span: { start: r.span_start, end: r.span_end },
        ...opt('attribution', r.attribution),
        docId: r.doc_id,
        ...opt('entityId', r.entity_id),
        text: r.text,
      } satisfies StoredClaimPosition,
    }));

  const copy = z
    .object({ source_id: str, similarity: z.number(), exact: dialect.bool })
    .transform((r) => ({ sourceId: r.source_id, similarity: r.similarity, exact: r.exact }));

  const override = z
    .object({ kind: z.enum(['merge', 'split']), a: str, b: optStr, made_by: optStr, made_at: str })
    .transform((r): EntityOverride => ({
      kind: r.kind,
      a: r.a,
      ...opt('b', r.b),
      ...opt('by', r.made_by),
      at: r.made_at,
    }));

  /** A member, a speaker link and an event as links() reads them back. */
  const member = z
    .object({ doc_id: str, local: int, entity_id: str })
    .transform((r) => ({ docId: r.doc_id, local: r.local, entityId: r.entity_id }));

  const speaker = z
    .object({ doc_id: str, idx: int, speaker: optStr, entity_id: optStr })
    .transform((r) => ({ docId: r.doc_id, index: r.idx, speaker: r.speaker, ...opt('entityId', r.entity_id) }));

  const event = z
    .object({ doc_id: str, event: str, story: str })
    .transform((r) => ({ docId: r.doc_id, event: r.event, story: r.story }));

  /** An entity and a copy as links() reads them back whole. */
  const storedEntity = z.object({ id: str, name: str, kind: e.entityKind, aliases: dialect.aliases });
  const storedCopy = z
    .object({ doc_id: str, source_id: str, similarity: z.number(), exact: dialect.bool })
    .transform((r) => ({ docId: r.doc_id, sourceId: r.source_id, similarity: r.similarity, exact: r.exact }));

  return { entity, claim, position, copy, override, member, speaker, event, storedEntity, storedCopy };
}
