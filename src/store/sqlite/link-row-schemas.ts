/**
 * The database boundary for what linking wrote (see row-schemas.ts for the documents):
 * zod schemas for the rows of the link tables, each transforming a row into what the
 * Store hands out. NULL columns become absent properties, so that values read back
 * deep-equal what was written.
 */
import { z } from 'zod';
import type { EntityOverride, EntitySummary, StoredClaimPosition } from '../store.ts';
import { domainEnums as e } from '../domain-enums.ts';
import { opt } from '../opt.ts';

const int = z.int();
const count = z.int().nonnegative();
const str = z.string();
const optStr = z.string().nullable();

const aliases = str.transform((text, ctx): string[] => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = z.array(str).safeParse(json);
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: 'custom', message: 'aliases are not a JSON array of strings' });
  return z.NEVER;
});

/** A collection entity with its counts, and its sort key for the cursor. */
const entity = z
  .object({ id: str, name: str, kind: e.entityKind, aliases, mentions: count, statements: count })
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
  .object({ source_id: str, similarity: z.number(), exact: z.union([z.literal(0), z.literal(1)]) })
  .transform((r) => ({ sourceId: r.source_id, similarity: r.similarity, exact: r.exact === 1 }));

const override = z
  .object({ kind: z.enum(['merge', 'split']), a: str, b: optStr, made_by: optStr, made_at: str })
  .transform((r): EntityOverride => ({
    kind: r.kind,
    a: r.a,
    ...opt('b', r.b),
    ...opt('by', r.made_by),
    at: r.made_at,
  }));

export const linkRowSchemas = { entity, claim, position, copy, override };
