/**
 * Reading one document and everything extracted from it back, in the order it was added.
 * No transaction is needed for a consistent read: a document and its analysis are
 * written in one transaction and never changed, so once its row is visible all of it is.
 */
import type { z } from 'zod';
import type { LinkInputDocument, StoredDocument } from '../store.ts';
import { parseRow } from './parse-row.ts';
import { rowSchemas } from './row-schemas.ts';
import type { StatementCache } from './statement-cache.ts';

const SELECT_DOCUMENT = `SELECT d.seq, d.id, d.name, d.published, d.uri, d.media_type, d.encoding, d.byte_length,
  d.title, d.title_start, d.title_end, d.author, d.publisher, d.syndicated_from, d.url, d.language,
  d.captured_at, d.added_at, t.text
  FROM documents d JOIN document_texts t ON t.seq = d.seq WHERE d.id = ?`;
const SELECT_BOILERPLATE = 'SELECT span_start, span_end FROM boilerplate WHERE doc_seq = ? ORDER BY idx';
const SELECT_ENTITIES = 'SELECT entity_id, name, kind, aliases FROM entities WHERE doc_seq = ? ORDER BY idx';
const SELECT_MENTIONS = `SELECT span_start, span_end, text, kind, form, name_start, name_end, gender, plural, entity
  FROM mentions WHERE doc_seq = ? ORDER BY idx`;
const SELECT_ATTRIBUTIONS = `SELECT kind, content_start, content_end, cue_start, cue_end, source_start, source_end,
  speaker, stance, channel, addressee, negated, tense, cue_lemma, speaker_from, entity FROM attributions WHERE doc_seq = ? ORDER BY idx`;
const SELECT_FIGURES = `SELECT value, value_max, span_start, span_end, what, unit, when_, source
  FROM figures WHERE doc_seq = ? ORDER BY idx`;
const SELECT_DATES = 'SELECT span_start, span_end, text, value FROM dates WHERE doc_seq = ? ORDER BY idx';
const SELECT_DIAGNOSTICS = `SELECT doc, severity, code, message, byte_offset
  FROM diagnostics WHERE doc_seq = ? ORDER BY idx`;

/** Every row of one part of a document's analysis, in order, checked against its row schema. */
function rowsOf<T>(sql: StatementCache, select: string, schema: z.ZodType<T>, what: string, seq: number): T[] {
  return sql(select)
    .all(seq)
    .map((r) => parseRow(schema, r, what));
}

export function readStoredDocument(sql: StatementCache, id: string): StoredDocument | undefined {
  const read = readParts(sql, id);
  if (read === undefined) return undefined;
  const { seq, input } = read;
  return {
    ...input,
    mentions: rowsOf(sql, SELECT_MENTIONS, rowSchemas.mention, 'mention', seq),
    figures: rowsOf(sql, SELECT_FIGURES, rowSchemas.figure, 'figure', seq),
    dates: rowsOf(sql, SELECT_DATES, rowSchemas.date, 'date', seq),
    diagnostics: rowsOf(sql, SELECT_DIAGNOSTICS, rowSchemas.diagnostic, 'diagnostic', seq),
  };
}

/** What linking reads of the document with id `id` (Store.getLinkInput); undefined when not stored. */
export function readLinkInput(sql: StatementCache, id: string): LinkInputDocument | undefined {
  return readParts(sql, id)?.input;
}

/** The document row and the parts linking reads, with the row's seq for reading the rest. */
function readParts(sql: StatementCache, id: string): { readonly seq: number; readonly input: LinkInputDocument } | undefined {
  const row = sql(SELECT_DOCUMENT).get(id);
  if (row === undefined) return undefined;
  const { seq, document } = parseRow(rowSchemas.document, row, 'document');
  return {
    seq,
    input: {
      document,
      boilerplate: rowsOf(sql, SELECT_BOILERPLATE, rowSchemas.boilerplate, 'boilerplate', seq),
      entities: rowsOf(sql, SELECT_ENTITIES, rowSchemas.entity, 'entity', seq),
      attributions: rowsOf(sql, SELECT_ATTRIBUTIONS, rowSchemas.attribution, 'attribution', seq),
    },
  };
}
