/**
 * Reading one document and everything extracted from it back, in the order it was added,
 * in one round trip: each part comes as a JSON array of its rows, ordered by index. No
 * transaction is needed for a consistent read: a document and its analysis are written
 * by one statement and never changed, so once its row is visible all of it is.
 */
import { z } from 'zod';
import type { LinkInputDocument, StoredDocument } from '../store.ts';
import { parseRow } from './parse-row.ts';
import type { Queryable } from './pg-pool.ts';
import { rowSchemas } from './row-schemas.ts';

const part = (table: string, columns: string) =>
  `(SELECT coalesce(json_agg(p ORDER BY p.idx), '[]') FROM (SELECT idx, ${columns} FROM ${table}
     WHERE doc_seq = d.seq) p) AS ${table}`;

/** The aggregated columns of each part of a document's analysis. */
const PART_COLUMNS = {
  boilerplate: 'span_start, span_end',
  entities: 'entity_id, name, kind, aliases',
  mentions: 'span_start, span_end, text, kind, form, name_start, name_end, gender, plural, entity',
  attributions: `kind, content_start, content_end, cue_start, cue_end, source_start, source_end, speaker, stance,
     channel, addressee, negated, tense, cue_lemma, speaker_from, entity`,
  figures: 'value, value_max, span_start, span_end, what, unit, when_, source',
  dates: 'span_start, span_end, text, value',
  diagnostics: 'doc, severity, code, message, byte_offset',
} as const;

/** The document row with the given parts, each as a JSON array of its rows. */
const selectDocument = (parts: readonly (keyof typeof PART_COLUMNS)[]): string =>
  `SELECT d.seq, d.id, d.name, d.published, d.uri, d.media_type, d.encoding, d.byte_length,
  d.title, d.title_start, d.title_end, d.author, d.publisher, d.syndicated_from, d.url, d.language,
  d.captured_at, d.added_at, t.text,
  ${parts.map((p) => part(p, PART_COLUMNS[p])).join(',\n  ')}
  FROM documents d JOIN document_texts t ON t.seq = d.seq WHERE d.id = $1`;

const SELECT_DOCUMENT = selectDocument(['boilerplate', 'entities', 'mentions', 'attributions', 'figures', 'dates', 'diagnostics']);
const SELECT_LINK_INPUT = selectDocument(['boilerplate', 'entities', 'attributions']);

const linkParts = z.object({
  boilerplate: z.array(rowSchemas.boilerplate),
  entities: z.array(rowSchemas.entity),
  attributions: z.array(rowSchemas.attribution),
});

const parts = z.object({
  boilerplate: z.array(rowSchemas.boilerplate),
  entities: z.array(rowSchemas.entity),
  mentions: z.array(rowSchemas.mention),
  attributions: z.array(rowSchemas.attribution),
  figures: z.array(rowSchemas.figure),
  dates: z.array(rowSchemas.date),
  diagnostics: z.array(rowSchemas.diagnostic),
});

/** The document with id `id` and its analysis, and when it was added; undefined when not stored. */
export async function readStoredDocument(
  db: Queryable,
  id: string,
): Promise<{ readonly stored: StoredDocument; readonly addedAt: string } | undefined> {
  const [row] = await db.query(SELECT_DOCUMENT, [id], true);
  if (row === undefined) return undefined;
  const { document, addedAt } = parseRow(rowSchemas.document, row, 'document');
  return { stored: { document, ...parseRow(parts, row, 'document part') }, addedAt };
}

/** What linking reads of the document with id `id` (Store.getLinkInput); undefined when not stored. */
export async function readLinkInput(db: Queryable, id: string): Promise<LinkInputDocument | undefined> {
  const [row] = await db.query(SELECT_LINK_INPUT, [id], true);
  if (row === undefined) return undefined;
  const { document } = parseRow(rowSchemas.document, row, 'document');
  return { document, ...parseRow(linkParts, row, 'document part') };
}
