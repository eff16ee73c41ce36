/**
 * The database boundary of both stores: zod schemas for the rows their queries read, each
 * transforming a row into its domain type. Columns that hold an absent optional field are
 * NULL and become an absent property (not `undefined`), so a stored value reads back
 * deep-equal to what was added. A row that fails its schema means the database holds
 * something this code did not write; callers turn that into a StoreError. The two SQL
 * dialects differ only in how a boolean and a list of aliases come back (`RowDialect`);
 * PostgreSQL also returns parts of a document as JSON objects of the same columns.
 */
import { z } from 'zod';
import type { Attribution } from '../domain/attribution.ts';
import type { DateMention } from '../domain/date-mention.ts';
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Document } from '../domain/document.ts';
import type { Entity } from '../domain/entity.ts';
import type { Figure } from '../domain/figure.ts';
import type { Mention } from '../domain/mention.ts';
import type { Span } from '../domain/span.ts';
import { domainEnums as e } from './domain-enums.ts';
import { opt } from './opt.ts';

const int = z.int();
const optInt = z.int().nullable();
const str = z.string();
const optStr = z.string().nullable();

function span(start: number, end: number): Span {
  return { start, end };
}

/** A span stored as two nullable columns: both set, or both NULL. */
function optSpan(start: number | null, end: number | null): Span | null {
  return start === null || end === null ? null : span(start, end);
}

/** How a dialect returns what SQL types differ on. */
export interface RowDialect {
  /** A boolean column: SQLite's 0/1, PostgreSQL's boolean. */
  readonly bool: z.ZodType<boolean>;
  /** A nullable boolean column, NULL for "not said". */
  readonly optBool: z.ZodType<boolean | null>;
  /** An entity's aliases: SQLite's JSON text, PostgreSQL's text[]. */
  readonly aliases: z.ZodType<string[]>;
}

/** The row schemas for one dialect. */
export function rowSchemasFor(dialect: RowDialect) {
  const document = z
    .object({
      seq: int,
      id: str,
      name: str,
      published: optStr,
      uri: str,
      media_type: str,
      encoding: str,
      byte_length: int,
      title: optStr,
      title_start: optInt,
      title_end: optInt,
      author: optStr,
      publisher: optStr,
      syndicated_from: optStr,
      url: optStr,
      language: optStr,
      captured_at: optStr,
      added_at: str,
      text: str,
    })
    .transform((r) => ({
      seq: r.seq,
      addedAt: r.added_at,
      document: {
        id: r.id,
        name: r.name,
        uri: r.uri,
        mediaType: r.media_type,
        text: r.text,
        encoding: r.encoding,
        byteLength: r.byte_length,
        ...opt('title', r.title),
        ...opt('titleSpan', optSpan(r.title_start, r.title_end)),
        ...opt('published', r.published),
        ...opt('author', r.author),
        ...opt('publisher', r.publisher),
        ...opt('syndicatedFrom', r.syndicated_from),
        ...opt('url', r.url),
        ...opt('language', r.language),
        ...opt('capturedAt', r.captured_at),
      } satisfies Document,
    }));

  const boilerplate = z
    .object({ span_start: int, span_end: int })
    .transform((r) => span(r.span_start, r.span_end));

  const entity = z
    .object({ entity_id: str, name: str, kind: e.entityKind, aliases: dialect.aliases })
    .transform((r): Entity => ({ id: r.entity_id, name: r.name, kind: r.kind, aliases: r.aliases }));

  const mention = z
    .object({
      span_start: int,
      span_end: int,
      text: str,
      kind: e.entityKind,
      form: e.mentionForm,
      name_start: optInt,
      name_end: optInt,
      gender: e.gender.nullable(),
      plural: dialect.optBool,
      entity: optInt,
    })
    .transform((r): Mention => ({
      start: r.span_start,
      end: r.span_end,
      text: r.text,
      kind: r.kind,
      form: r.form,
      ...opt('nameSpan', optSpan(r.name_start, r.name_end)),
      ...opt('gender', r.gender),
      ...opt('plural', r.plural),
      ...opt('entity', r.entity),
    }));

  const attributionColumns = {
    kind: e.attributionKind,
    content_start: int,
    content_end: int,
    cue_start: optInt,
    cue_end: optInt,
    source_start: optInt,
    source_end: optInt,
    speaker: optStr,
    stance: e.stance,
    channel: optStr,
    addressee: optStr,
    negated: dialect.optBool,
    tense: e.tense.nullable(),
    cue_lemma: optStr,
    speaker_from: optInt,
    entity: optInt,
  };

  function toAttribution(r: z.infer<z.ZodObject<typeof attributionColumns>>): Attribution {
    return {
      kind: r.kind,
      content: span(r.content_start, r.content_end),
      cue: optSpan(r.cue_start, r.cue_end),
      source: optSpan(r.source_start, r.source_end),
      speaker: r.speaker,
      stance: r.stance,
      ...opt('channel', r.channel),
      ...opt('addressee', r.addressee),
      ...opt('negated', r.negated),
      ...opt('tense', r.tense),
      ...opt('cueLemma', r.cue_lemma),
      ...opt('speakerFrom', r.speaker_from),
      ...opt('entity', r.entity),
    };
  }

  const attribution = z.object(attributionColumns).transform(toAttribution);

  /** What a listed attribution or figure carries of its document, and the listing's sort key. */
  const inDocumentColumns = {
    pub_key: str,
    doc_seq: int,
    idx: int,
    doc_id: str,
    doc_name: str,
    published: optStr,
    publisher: optStr,
  };
  const inDocument = (r: z.infer<z.ZodObject<typeof inDocumentColumns>>) => ({
    key: [r.pub_key, r.doc_name, r.doc_seq, r.idx] as const,
    docId: r.doc_id,
    docName: r.doc_name,
    ...opt('published', r.published),
    ...opt('publisher', r.publisher),
  });

  /**
   * An attribution with its document, as `query-attributions.ts` selects it: `speaker` is
   * the linked speaker once linking ran, and `linked_entity` the speaker's collection entity.
   */
  const attributionRow = z
    .object({ ...attributionColumns, ...inDocumentColumns, content_text: str, source_text: optStr, linked_entity: optStr })
    .transform((r) => {
      const { key, ...doc } = inDocument(r);
      return { key, row: { ...toAttribution(r), ...doc, ...opt('entityId', r.linked_entity), contentText: r.content_text, sourceText: r.source_text } };
    });

  const figureColumns = {
    value: z.number(),
    value_max: z.number().nullable(),
    span_start: int,
    span_end: int,
    what: str,
    unit: optStr,
    when_: optStr,
    source: optStr,
  };

  function toFigure(r: z.infer<z.ZodObject<typeof figureColumns>>): Figure {
    return {
      value: r.value,
      ...opt('valueMax', r.value_max),
      span: span(r.span_start, r.span_end),
      what: r.what,
      ...opt('unit', r.unit),
      ...opt('when', r.when_),
      ...opt('source', r.source),
    };
  }

  const figure = z.object(figureColumns).transform(toFigure);

  /** A figure with its document, as `query-figures.ts` selects it. */
  const figureRow = z
    .object({ ...figureColumns, ...inDocumentColumns, context: str })
    .transform((r) => {
      const { key, ...doc } = inDocument(r);
      return { key, row: { ...toFigure(r), ...doc, context: r.context } };
    });

  const date = z
    .object({ span_start: int, span_end: int, text: str, value: str })
    .transform((r): DateMention => ({ start: r.span_start, end: r.span_end, text: r.text, value: r.value }));

  const diagnostic = z
    .object({ doc: str, severity: e.severity, code: str, message: str, byte_offset: optInt })
    .transform((r): Diagnostic => ({
      doc: r.doc,
      severity: r.severity,
      code: r.code,
      message: r.message,
      ...opt('offset', r.byte_offset),
    }));

  return {
    document,
    boilerplate,
    entity,
    mention,
    attribution,
    attributionRow,
    figure,
    figureRow,
    date,
    diagnostic,
  };
}
