/**
 * The SQLite schema, as an ordered list of steps. A database records the steps it has
 * had in `schema_migrations` (see apply-migrations.ts); opening it applies only the
 * steps after those. Never edit or reorder a step that has shipped: append a new one.
 *
 * Layout, and why:
 * - `documents` keeps every Document field as a column except the text, which lives in
 *   `document_texts`; list and search queries read many document rows, and a row
 *   carrying kilobytes of text would spread them over one page each.
 * - `pub_key` is the published date or '' (sorting last, newest first) so that every
 *   ordering and keyset comparison is a plain NOT NULL string comparison.
 * - attributions and figures repeat their document's sort key (pub_key, doc_name) so
 *   that one index serves both the filter and the order, and a page is read straight off
 *   the index instead of sorting every match.
 * - Enumerations (stance, kind, ...) have no CHECK constraints: the domain adds values
 *   over time, and a CHECK cannot be altered without rebuilding the table. Rows are
 *   validated with zod when read back (row-schemas.ts).
 * - FTS5 tables are external-content indexes over `document_texts` and `attributions`;
 *   `INSERT INTO x_fts(x_fts) VALUES ('rebuild')` regenerates one (say, after a
 *   tokenizer change). Folding: case and diacritics, no stemming, since a search is
 *   "every word must occur". Deletes are kept in sync by triggers; inserts are made by
 *   write-stored-document.ts, one statement per document, because FTS5 flushes its
 *   pending terms at every statement savepoint: an insert trigger per attribution row
 *   writes one index segment per row and made adding a document four times slower.
 * - What linking across the collection found (step 3) lives in tables of its own, which
 *   replaceLinks empties and refills as a whole (replace-links.ts); documents and their
 *   analyses are never rewritten by it. The one exception is the linked speaker of an
 *   attribution, kept in columns of `attributions` so that a speaker or entity filter
 *   still reads a page straight off an index in listing order; `speaker_match` (linked
 *   speaker's key once linked, else the document's own) is what speaker filters compare.
 * - Link tables declare no foreign keys: replaceLinks checks every reference (to a
 *   document, a document entity, an attribution, a collection entity) before the
 *   transaction can commit, and the tables are only ever emptied and refilled whole.
 *   With foreign keys SQLite empties a table row by row, checking each (500,000 members:
 *   440 ms); without, it truncates (9 ms).
 */

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const FTS_TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, analyses and full-text indexes',
    sql: `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  pub_key TEXT NOT NULL,
  published TEXT,
  uri TEXT NOT NULL,
  media_type TEXT NOT NULL,
  encoding TEXT NOT NULL,
  byte_length INTEGER NOT NULL,
  title TEXT,
  title_start INTEGER,
  title_end INTEGER,
  author TEXT,
  publisher TEXT,
  syndicated_from TEXT,
  url TEXT,
  language TEXT,
  captured_at TEXT,
  added_at TEXT NOT NULL
) STRICT;
CREATE INDEX documents_order ON documents (pub_key DESC, name, seq);
CREATE INDEX documents_publisher ON documents (publisher, pub_key DESC, name, seq);

CREATE TABLE document_texts (
  seq INTEGER PRIMARY KEY REFERENCES documents (seq) ON DELETE CASCADE,
  title TEXT,
  text TEXT NOT NULL
) STRICT;

CREATE TABLE boilerplate (
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (doc_seq, idx)
) STRICT, WITHOUT ROWID;

CREATE TABLE entities (
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  aliases TEXT NOT NULL,
  PRIMARY KEY (doc_seq, idx)
) STRICT, WITHOUT ROWID;

CREATE TABLE mentions (
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  form TEXT NOT NULL,
  name_start INTEGER,
  name_end INTEGER,
  gender TEXT,
  plural INTEGER,
  entity INTEGER,
  PRIMARY KEY (doc_seq, idx)
) STRICT, WITHOUT ROWID;

CREATE TABLE attributions (
  seq INTEGER PRIMARY KEY,
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  pub_key TEXT NOT NULL,
  doc_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  cue_start INTEGER,
  cue_end INTEGER,
  source_start INTEGER,
  source_end INTEGER,
  speaker TEXT,
  speaker_key TEXT,
  stance TEXT NOT NULL,
  channel TEXT,
  addressee TEXT,
  negated INTEGER,
  tense TEXT,
  content_text TEXT NOT NULL,
  source_text TEXT,
  UNIQUE (doc_seq, idx)
) STRICT;
CREATE INDEX attributions_order ON attributions (pub_key DESC, doc_name, doc_seq, idx);
CREATE INDEX attributions_speaker ON attributions (speaker_key, pub_key DESC, doc_name, doc_seq, idx);

CREATE TABLE figures (
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  pub_key TEXT NOT NULL,
  doc_name TEXT NOT NULL,
  value REAL NOT NULL,
  value_max REAL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  what TEXT NOT NULL,
  what_key TEXT NOT NULL,
  unit TEXT,
  when_ TEXT,
  source TEXT,
  context TEXT NOT NULL,
  PRIMARY KEY (doc_seq, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX figures_order ON figures (pub_key DESC, doc_name, doc_seq, idx);

CREATE TABLE dates (
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (doc_seq, idx)
) STRICT, WITHOUT ROWID;

CREATE TABLE diagnostics (
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  doc TEXT NOT NULL,
  severity TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  byte_offset INTEGER,
  PRIMARY KEY (doc_seq, idx)
) STRICT, WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text, content = 'document_texts', content_rowid = 'seq', ${FTS_TOKENIZE}
);
CREATE TRIGGER document_texts_fts_delete AFTER DELETE ON document_texts BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE VIRTUAL TABLE attributions_fts USING fts5 (
  content_text, content = 'attributions', content_rowid = 'seq', ${FTS_TOKENIZE}
);
CREATE TRIGGER attributions_fts_delete AFTER DELETE ON attributions BEGIN
  INSERT INTO attributions_fts (attributions_fts, rowid, content_text) VALUES ('delete', old.seq, old.content_text);
END;
`,
  },
  {
    version: 2,
    name: 'attributions keep their cue lemma, continuation link and entity',
    sql: `
ALTER TABLE attributions ADD COLUMN cue_lemma TEXT;
ALTER TABLE attributions ADD COLUMN speaker_from INTEGER;
ALTER TABLE attributions ADD COLUMN entity INTEGER;
`,
  },
  {
    version: 3,
    name: 'links across the collection: entities, linked speakers, claims, copies, events, overrides',
    sql: `
CREATE TABLE collection_entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  aliases TEXT NOT NULL,
  -- word key (word-key.ts) of the name, then of each alias: what EntityQuery.q matches
  name_words TEXT NOT NULL,
  -- counted when the links are written: lists order by them
  mentions INTEGER NOT NULL,
  statements INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX collection_entities_order ON collection_entities (mentions DESC, name, id);
CREATE INDEX collection_entities_kind ON collection_entities (kind, mentions DESC, name, id);

-- Which document entity (entities.doc_seq, entities.idx) is which collection entity.
CREATE TABLE entity_members (
  doc_seq INTEGER NOT NULL,
  local INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (doc_seq, local)
) STRICT, WITHOUT ROWID;

ALTER TABLE attributions ADD COLUMN linked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attributions ADD COLUMN linked_speaker TEXT;
ALTER TABLE attributions ADD COLUMN linked_speaker_key TEXT;
ALTER TABLE attributions ADD COLUMN linked_entity TEXT;
ALTER TABLE attributions ADD COLUMN speaker_match TEXT
  GENERATED ALWAYS AS (CASE WHEN linked = 1 THEN linked_speaker_key ELSE speaker_key END) VIRTUAL;
DROP INDEX attributions_speaker;
CREATE INDEX attributions_speaker_match ON attributions (speaker_match, pub_key DESC, doc_name, doc_seq, idx);
-- Partial: attributions are added unlinked, so adding a document does not touch it.
CREATE INDEX attributions_entity ON attributions (linked_entity, pub_key DESC, doc_name, doc_seq, idx)
  WHERE linked_entity IS NOT NULL;

CREATE TABLE claims (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  story TEXT NOT NULL,
  position_count INTEGER NOT NULL
) STRICT;
CREATE INDEX claims_order ON claims (position_count DESC, id);
CREATE INDEX claims_story ON claims (story, position_count DESC, id);

CREATE TABLE claim_positions (
  claim_seq INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  doc_seq INTEGER NOT NULL,
  doc TEXT NOT NULL,
  speaker TEXT NOT NULL,
  position TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  attribution INTEGER,
  entity_id TEXT,
  text TEXT NOT NULL,
  PRIMARY KEY (claim_seq, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_positions_entity ON claim_positions (entity_id, claim_seq) WHERE entity_id IS NOT NULL;

CREATE TABLE copies (
  doc_seq INTEGER PRIMARY KEY,
  source_seq INTEGER NOT NULL,
  similarity REAL NOT NULL,
  exact INTEGER NOT NULL,
  CHECK (source_seq <> doc_seq)
) STRICT;

CREATE TABLE document_events (
  doc_seq INTEGER PRIMARY KEY,
  event TEXT NOT NULL,
  story TEXT NOT NULL
) STRICT;

-- Manual corrections outlive every re-linking, and are a record: rows are only ever added.
CREATE TABLE entity_overrides (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  a TEXT NOT NULL,
  b TEXT,
  made_by TEXT,
  made_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER entity_overrides_no_update BEFORE UPDATE ON entity_overrides BEGIN
  SELECT RAISE(ABORT, 'entity overrides are append-only');
END;
CREATE TRIGGER entity_overrides_no_delete BEFORE DELETE ON entity_overrides BEGIN
  SELECT RAISE(ABORT, 'entity overrides are append-only');
END;
`,
  },
  {
    version: 4,
    name: 'accounts for the HTTP API: users, sessions, API tokens, and the audit of API writes',
    sql: `
-- Kept in the store's file so that a copy of the store carries who may use it; no row
-- holds a secret: passwords are scrypt hashes, sessions and tokens SHA-256 hashes of
-- their random secrets (user-store.ts).
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  absolute_expires_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX api_tokens_user ON api_tokens (user_id, created_at DESC);

-- Every write made through the API, with its user: append-only, like entity_overrides.
CREATE TABLE api_audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT
) STRICT;
CREATE TRIGGER api_audit_no_update BEFORE UPDATE ON api_audit BEGIN
  SELECT RAISE(ABORT, 'the API audit is append-only');
END;
CREATE TRIGGER api_audit_no_delete BEFORE DELETE ON api_audit BEGIN
  SELECT RAISE(ABORT, 'the API audit is append-only');
END;
`,
  },
];
