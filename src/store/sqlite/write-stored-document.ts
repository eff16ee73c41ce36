/**
 * Adding a document and everything extracted from it, as one transaction: either all of
 * it is stored or none. Idempotent by document id: the document row goes in first with
 * ON CONFLICT DO NOTHING, and when that inserts nothing the document is already there
 * and the rest is skipped. Cut texts (an attribution's content, a figure's sentence) are
 * stored beside the spans, so that listings and the full-text index need no document text.
 */
import type { StoredDocument } from '../store.ts';
import { sentenceAround } from '../sentence-around.ts';
import { speakerKey } from '../speaker-key.ts';
import { wordKey } from '../word-key.ts';
import type { StatementCache } from './statement-cache.ts';

const INSERT_DOCUMENT = `INSERT INTO documents (id, name, pub_key, published, uri, media_type, encoding, byte_length,
  title, title_start, title_end, author, publisher, syndicated_from, url, language, captured_at, added_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`;
const INSERT_TEXT = 'INSERT INTO document_texts (seq, title, text) VALUES (?, ?, ?)';
// The full-text indexes are filled here, one statement per document (see migrations.ts).
const INDEX_TEXT = 'INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)';
const INDEX_ATTRIBUTIONS = `INSERT INTO attributions_fts (rowid, content_text)
  SELECT seq, content_text FROM attributions WHERE doc_seq = ?`;
const INSERT_BOILERPLATE = 'INSERT INTO boilerplate (doc_seq, idx, span_start, span_end) VALUES (?, ?, ?, ?)';
const INSERT_ENTITY =
  'INSERT INTO entities (doc_seq, idx, entity_id, name, kind, aliases) VALUES (?, ?, ?, ?, ?, ?)';
const INSERT_MENTION = `INSERT INTO mentions (doc_seq, idx, span_start, span_end, text, kind, form,
  name_start, name_end, gender, plural, entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_ATTRIBUTION = `INSERT INTO attributions (doc_seq, idx, pub_key, doc_name, kind, content_start,
  content_end, cue_start, cue_end, source_start, source_end, speaker, speaker_key, stance, channel, addressee,
  negated, tense, content_text, source_text, cue_lemma, speaker_from, entity)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_FIGURE = `INSERT INTO figures (doc_seq, idx, pub_key, doc_name, value, value_max, span_start,
  span_end, what, what_key, unit, when_, source, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_DATE =
  'INSERT INTO dates (doc_seq, idx, span_start, span_end, text, value) VALUES (?, ?, ?, ?, ?, ?)';
const INSERT_DIAGNOSTIC = `INSERT INTO diagnostics (doc_seq, idx, doc, severity, code, message, byte_offset)
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

/** SQLite has no boolean; `undefined` (not said) is NULL. */
function bool(v: boolean | undefined): number | null {
  return v === undefined ? null : v ? 1 : 0;
}

/** Stores `stored` unless its document is there already; returns whether it did. Runs in a transaction. */
export function writeStoredDocument(sql: StatementCache, stored: StoredDocument, addedAt: string): boolean {
  const d = stored.document;
  const text = d.text;
  const pubKey = d.published ?? '';
  sql('BEGIN IMMEDIATE').run();
  try {
    const inserted = sql(INSERT_DOCUMENT).run(
      d.id,
      d.name,
      pubKey,
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
    );
    if (Number(inserted.changes) === 0) {
      sql('ROLLBACK').run();
      return false;
    }
    const seq = Number(inserted.lastInsertRowid);
    sql(INSERT_TEXT).run(seq, d.title ?? null, text);
    sql(INDEX_TEXT).run(seq, d.title ?? null, text);
    stored.boilerplate.forEach((b, i) => sql(INSERT_BOILERPLATE).run(seq, i, b.start, b.end));
    stored.entities.forEach((en, i) =>
      sql(INSERT_ENTITY).run(seq, i, en.id, en.name, en.kind, JSON.stringify(en.aliases)),
    );
    const mention = sql(INSERT_MENTION);
    stored.mentions.forEach((m, i) =>
      mention.run(
        seq,
        i,
        m.start,
        m.end,
        m.text,
        m.kind,
        m.form,
        m.nameSpan?.start ?? null,
        m.nameSpan?.end ?? null,
        m.gender ?? null,
        bool(m.plural),
        m.entity ?? null,
      ),
    );
    const attribution = sql(INSERT_ATTRIBUTION);
    stored.attributions.forEach((a, i) =>
      attribution.run(
        seq,
        i,
        pubKey,
        d.name,
        a.kind,
        a.content.start,
        a.content.end,
        a.cue?.start ?? null,
        a.cue?.end ?? null,
        a.source?.start ?? null,
        a.source?.end ?? null,
        a.speaker,
        a.speaker === null ? null : speakerKey(a.speaker),
        a.stance,
        a.channel ?? null,
        a.addressee ?? null,
        bool(a.negated),
        a.tense ?? null,
        text.slice(a.content.start, a.content.end),
        a.source === null ? null : text.slice(a.source.start, a.source.end),
        a.cueLemma ?? null,
        a.speakerFrom ?? null,
        a.entity ?? null,
      ),
    );
    sql(INDEX_ATTRIBUTIONS).run(seq);
    stored.figures.forEach((f, i) =>
      sql(INSERT_FIGURE).run(
        seq,
        i,
        pubKey,
        d.name,
        f.value,
        f.valueMax ?? null,
        f.span.start,
        f.span.end,
        f.what,
        wordKey(f.what),
        f.unit ?? null,
        f.when ?? null,
        f.source ?? null,
        sentenceAround(text, f.span),
      ),
    );
    stored.dates.forEach((dt, i) => sql(INSERT_DATE).run(seq, i, dt.start, dt.end, dt.text, dt.value));
    stored.diagnostics.forEach((g, i) =>
      sql(INSERT_DIAGNOSTIC).run(seq, i, g.doc, g.severity, g.code, g.message, g.offset ?? null),
    );
    sql('COMMIT').run();
    return true;
  } catch (err) {
    // A failed statement may or may not have ended the transaction already (SQLite rolls
    // back by itself on some errors); roll back whatever is left of it.
    try {
      sql('ROLLBACK').run();
    } catch {
      // nothing left to roll back
    }
    throw err;
  }
}
