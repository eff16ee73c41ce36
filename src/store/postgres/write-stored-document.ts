/**
 * Adding a document and everything extracted from it as ONE statement: the document row
 * goes in first (ON CONFLICT DO NOTHING), and data-modifying CTEs insert every part of
 * the analysis from arrays (unnest), each row numbered by its place in the array. A
 * statement is atomic by itself, so either all of it is stored or none, without a
 * transaction's extra round trips; and when the id is there already (or another
 * connection is adding it right now: the unique index makes this one wait for that
 * one), `doc` is empty and nothing else is inserted either. Cut texts (an attribution's
 * content, a figure's sentence) and the folded words are made here, in JavaScript,
 * exactly as the SQLite store makes them, since spans are UTF-16 indexes, which
 * PostgreSQL's string functions do not count in.
 */
import type { StoredDocument } from '../store.ts';
import { sentenceAround } from '../sentence-around.ts';
import { speakerKey } from '../speaker-key.ts';
import { wordKey } from '../word-key.ts';
import { lexemesOf } from './lexemes-of.ts';
import type { Queryable } from './pg-pool.ts';

/** `unnest(...) WITH ORDINALITY`: the row's place in its array, 1 and up, is `ord`; `idx` is ord - 1. */
const INSERT = `WITH doc AS (
  INSERT INTO documents (id, name, pub_key, published, uri, media_type, encoding, byte_length, title,
    title_start, title_end, author, publisher, syndicated_from, url, language, captured_at, added_at, words)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
    array_to_tsvector($19::text[]))
  ON CONFLICT (id) DO NOTHING RETURNING seq
), texts AS (
  INSERT INTO document_texts (seq, text) SELECT seq, $20 FROM doc
), boilerplate_rows AS (
  INSERT INTO boilerplate (doc_seq, idx, span_start, span_end)
  SELECT doc.seq, u.ord - 1, u.s, u.e FROM doc, unnest($21::int[], $22::int[]) WITH ORDINALITY u(s, e, ord)
), entity_rows AS (
  -- Aliases come as (entity index, alias) pairs: arrays of arrays must be square.
  INSERT INTO entities (doc_seq, idx, entity_id, name, kind, aliases)
  SELECT doc.seq, u.ord - 1, u.id, u.name, u.kind, coalesce(al.aliases, '{}')
  FROM doc, unnest($23::text[], $24::text[], $25::text[]) WITH ORDINALITY u(id, name, kind, ord)
  LEFT JOIN (SELECT x.entity, array_agg(x.alias ORDER BY x.n) AS aliases
    FROM unnest($26::int[], $27::text[]) WITH ORDINALITY x(entity, alias, n) GROUP BY x.entity) al
    ON al.entity = u.ord - 1
), mention_rows AS (
  INSERT INTO mentions (doc_seq, idx, span_start, span_end, text, kind, form, name_start, name_end, gender,
    plural, entity)
  SELECT doc.seq, u.ord - 1, u.s, u.e, u.text, u.kind, u.form, u.ns, u.ne, u.gender, u.plural, u.entity
  FROM doc, unnest($28::int[], $29::int[], $30::text[], $31::text[], $32::text[], $33::int[], $34::int[],
    $35::text[], $36::boolean[], $37::int[]) WITH ORDINALITY
    u(s, e, text, kind, form, ns, ne, gender, plural, entity, ord)
), attribution_rows AS (
  INSERT INTO attributions (doc_seq, idx, pub_key, doc_name, kind, content_start, content_end, cue_start,
    cue_end, source_start, source_end, speaker, speaker_key, stance, channel, addressee, negated, tense,
    content_text, source_text, cue_lemma, speaker_from, entity)
  SELECT doc.seq, u.ord - 1, $3, $2, u.kind, u.cs, u.ce, u.qs, u.qe, u.ss, u.se, u.speaker, u.speaker_key,
    u.stance, u.channel, u.addressee, u.negated, u.tense, u.content_text, u.source_text, u.cue_lemma,
    u.speaker_from, u.entity
  FROM doc, unnest($38::text[], $39::int[], $40::int[], $41::int[], $42::int[], $43::int[], $44::int[],
    $45::text[], $46::text[], $47::text[], $48::text[], $49::text[], $50::boolean[], $51::text[], $52::text[],
    $53::text[], $54::text[], $55::int[], $56::int[]) WITH ORDINALITY
    u(kind, cs, ce, qs, qe, ss, se, speaker, speaker_key, stance, channel, addressee, negated, tense,
      content_text, source_text, cue_lemma, speaker_from, entity, ord)
), attribution_word_rows AS (
  -- Each attribution's lexemes as one space-separated string: arrays of arrays must be square.
  INSERT INTO attribution_words (doc_seq, idx, words)
  SELECT doc.seq, u.ord - 1, array_to_tsvector(string_to_array(u.lexemes, ' '))
  FROM doc, unnest($57::text[]) WITH ORDINALITY u(lexemes, ord)
), figure_rows AS (
  INSERT INTO figures (doc_seq, idx, pub_key, doc_name, value, value_max, span_start, span_end, what,
    what_key, unit, when_, source, context)
  SELECT doc.seq, u.ord - 1, $3, $2, u.value, u.value_max, u.s, u.e, u.what, u.what_key, u.unit, u.when_,
    u.source, u.context
  FROM doc, unnest($58::float8[], $59::float8[], $60::int[], $61::int[], $62::text[], $63::text[],
    $64::text[], $65::text[], $66::text[], $67::text[]) WITH ORDINALITY
    u(value, value_max, s, e, what, what_key, unit, when_, source, context, ord)
), date_rows AS (
  INSERT INTO dates (doc_seq, idx, span_start, span_end, text, value)
  SELECT doc.seq, u.ord - 1, u.s, u.e, u.text, u.value
  FROM doc, unnest($68::int[], $69::int[], $70::text[], $71::text[]) WITH ORDINALITY u(s, e, text, value, ord)
), diagnostic_rows AS (
  INSERT INTO diagnostics (doc_seq, idx, doc, severity, code, message, byte_offset)
  SELECT doc.seq, u.ord - 1, u.doc, u.severity, u.code, u.message, u.byte_offset
  FROM doc, unnest($72::text[], $73::text[], $74::text[], $75::text[], $76::bigint[]) WITH ORDINALITY
    u(doc, severity, code, message, byte_offset, ord)
)
SELECT seq FROM doc`;

type Value = string | number | boolean | null | undefined;

/** The values of `rows` column by column: `columns(rows, 2, r => [a, b])` is [[a...], [b...]]. */
function columns<T>(rows: readonly T[], width: number, row: (r: T) => readonly Value[]): Value[][] {
  const out = Array.from({ length: width }, () => new Array<Value>(rows.length));
  rows.forEach((r, i) => {
    const values = row(r);
    for (let c = 0; c < width; c++) (out[c] as Value[])[i] = values[c];
  });
  return out;
}

/** Stores `stored` unless its document is there already; returns whether it did. */
export async function writeStoredDocument(
  db: Queryable,
  stored: StoredDocument,
  addedAt: string,
): Promise<boolean> {
  const d = stored.document;
  const text = d.text;
  const cut = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  const params = [
    d.id,
    d.name,
    d.published ?? '',
    d.published ?? null,
    d.uri,
    d.mediaType,
    d.encoding,
    d.byteLength,
    d.title ?? null,
    d.titleSpan?.start ?? null,
    d.titleSpan?.end ?? null,
    d.author ?? null,
    d.publisher ?? null,
    d.syndicatedFrom ?? null,
    d.url ?? null,
    d.language ?? null,
    d.capturedAt ?? null,
    addedAt,
    lexemesOf(d.title, text),
    text,
    ...columns(stored.boilerplate, 2, (b) => [b.start, b.end]),
    ...columns(stored.entities, 3, (e) => [e.id, e.name, e.kind]),
    ...columns(
      stored.entities.flatMap((e, i) => e.aliases.map((alias) => [i, alias] as const)),
      2,
      (a) => a,
    ),
    ...columns(stored.mentions, 10, (m) => [
      m.start,
      m.end,
      m.text,
      m.kind,
      m.form,
      m.nameSpan?.start,
      m.nameSpan?.end,
      m.gender,
      m.plural,
      m.entity,
    ]),
    ...columns(stored.attributions, 19, (a) => [
      a.kind,
      a.content.start,
      a.content.end,
      a.cue?.start,
      a.cue?.end,
      a.source?.start,
      a.source?.end,
      a.speaker,
      a.speaker === null ? null : speakerKey(a.speaker),
      a.stance,
      a.channel,
      a.addressee,
      a.negated,
      a.tense,
      cut(a.content),
      a.source === null ? null : cut(a.source),
      a.cueLemma,
      a.speakerFrom,
      a.entity,
    ]),
    stored.attributions.map((a) => lexemesOf(cut(a.content)).join(' ')),
    ...columns(stored.figures, 10, (f) => [
      f.value,
      f.valueMax,
      f.span.start,
      f.span.end,
      f.what,
      wordKey(f.what),
      f.unit,
      f.when,
      f.source,
      sentenceAround(text, f.span),
    ]),
    ...columns(stored.dates, 4, (dt) => [dt.start, dt.end, dt.text, dt.value]),
    ...columns(stored.diagnostics, 5, (g) => [g.doc, g.severity, g.code, g.message, g.offset]),
  ];
  const rows = await db.query(INSERT, params, true);
  return rows.length > 0;
}
