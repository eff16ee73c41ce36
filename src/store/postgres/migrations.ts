/**
 * The PostgreSQL schema, as an ordered list of steps: a schema records the steps it has
 * had in `schema_migrations` (see apply-migrations.ts). Never edit or reorder a step that
 * has shipped: append a new one. The layout follows the SQLite store's (see
 * ../sqlite/migrations.ts for the reasons shared by both); what differs, and why:
 * - Every text column that an ordering or keyset comparison uses is `COLLATE "C"`, so
 *   names sort by code point as SQLite's BINARY collation sorts them, whatever the
 *   database's locale, and the same cursor means the same place in both stores.
 * - Full text: `words` is a tsvector of the folded words (lexemes-of.ts), made with
 *   array_to_tsvector from words folded in JavaScript exactly as the SQLite tokenizer
 *   folds them, rather than by a text search configuration, whose parser cuts words
 *   differently from FTS5's unicode61. No positions are kept: a term of one word is
 *   matched exactly by the index, and a term of several ("don't") is checked against the
 *   text afterwards (match-terms.ts). An attribution's words live in a table of their
 *   own, so that relinking, which rewrites the link columns of attributions, does not
 *   write their GIN entries again.
 * - Rows of a document's analysis have no foreign keys: they are written by the same
 *   statement as their document (write-stored-document.ts) and never changed or
 *   deleted, and a foreign key costs a trigger per row, a hundred per document.
 * - Link tables have none either, as in SQLite: replaceLinks checks every reference
 *   itself, with messages that say which link was wrong.
 * - `speaker_match` is a stored generated column (PostgreSQL has no virtual ones).
 *   Attribution pages are left a fifth empty (fillfactor), so that relinking can write
 *   a row's new version beside the old one without touching the indexes that do not
 *   cover the link columns (see write-linked-speakers.ts).
 * - Entity aliases are a text[]; booleans are booleans.
 */

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, analyses and full-text indexes',
    sql: `
CREATE TABLE documents (
  seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  name text COLLATE "C" NOT NULL,
  pub_key text COLLATE "C" NOT NULL,
  published text,
  uri text NOT NULL,
  media_type text NOT NULL,
  encoding text NOT NULL,
  byte_length bigint NOT NULL,
  title text,
  title_start integer,
  title_end integer,
  author text,
  publisher text COLLATE "C",
  syndicated_from text,
  url text,
  language text,
  captured_at text,
  added_at text NOT NULL,
  words tsvector NOT NULL
);
CREATE INDEX documents_order ON documents (pub_key DESC, name, seq);
CREATE INDEX documents_publisher ON documents (publisher, pub_key DESC, name, seq);
CREATE INDEX documents_words ON documents USING gin (words);

CREATE TABLE document_texts (
  seq integer PRIMARY KEY,
  text text NOT NULL
);

CREATE TABLE boilerplate (
  doc_seq integer NOT NULL,
  idx integer NOT NULL,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  PRIMARY KEY (doc_seq, idx)
);

CREATE TABLE entities (
  doc_seq integer NOT NULL,
  idx integer NOT NULL,
  entity_id text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL,
  aliases text[] NOT NULL,
  PRIMARY KEY (doc_seq, idx)
);

CREATE TABLE mentions (
  doc_seq integer NOT NULL,
  idx integer NOT NULL,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  text text NOT NULL,
  kind text NOT NULL,
  form text NOT NULL,
  name_start integer,
  name_end integer,
  gender text,
  plural boolean,
  entity integer,
  PRIMARY KEY (doc_seq, idx)
);

CREATE TABLE attributions (
  doc_seq integer NOT NULL,
  idx integer NOT NULL,
  pub_key text COLLATE "C" NOT NULL,
  doc_name text COLLATE "C" NOT NULL,
  kind text NOT NULL,
  content_start integer NOT NULL,
  content_end integer NOT NULL,
  cue_start integer,
  cue_end integer,
  source_start integer,
  source_end integer,
  speaker text,
  speaker_key text,
  stance text NOT NULL,
  channel text,
  addressee text,
  negated boolean,
  tense text,
  content_text text NOT NULL,
  source_text text,
  cue_lemma text,
  speaker_from integer,
  entity integer,
  linked boolean NOT NULL DEFAULT false,
  linked_speaker text,
  linked_speaker_key text,
  linked_entity text COLLATE "C",
  speaker_match text GENERATED ALWAYS AS (CASE WHEN linked THEN linked_speaker_key ELSE speaker_key END) STORED,
  PRIMARY KEY (doc_seq, idx)
) WITH (fillfactor = 80);
CREATE INDEX attributions_order ON attributions (pub_key DESC, doc_name, doc_seq, idx);
CREATE INDEX attributions_speaker_match ON attributions (speaker_match, pub_key DESC, doc_name, doc_seq, idx);
-- Partial: attributions are added unlinked, so adding a document does not touch it.
CREATE INDEX attributions_entity ON attributions (linked_entity, pub_key DESC, doc_name, doc_seq, idx)
  WHERE linked_entity IS NOT NULL;

CREATE TABLE attribution_words (
  doc_seq integer NOT NULL,
  idx integer NOT NULL,
  words tsvector NOT NULL,
  PRIMARY KEY (doc_seq, idx)
);
CREATE INDEX attribution_words_words ON attribution_words USING gin (words);

CREATE TABLE figures (
  doc_seq integer NOT NULL,
  idx integer NOT NULL,
  pub_key text COLLATE "C" NOT NULL,
  doc_name text COLLATE "C" NOT NULL,
  value double precision NOT NULL,
  value_max double precision,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  what text NOT NULL,
  what_key text NOT NULL,
  unit text,
  when_ text,
  source text,
  context text NOT NULL,
  PRIMARY KEY (doc_seq, idx)
);
CREATE INDEX figures_order ON figures (pub_key DESC, doc_name, doc_seq, idx);

CREATE TABLE dates (
  doc_seq integer NOT NULL,
  idx integer NOT NULL,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  text text NOT NULL,
  value text NOT NULL,
  PRIMARY KEY (doc_seq, idx)
);

CREATE TABLE diagnostics (
  doc_seq integer NOT NULL,
  idx integer NOT NULL,
  doc text NOT NULL,
  severity text NOT NULL,
  code text NOT NULL,
  message text NOT NULL,
  byte_offset bigint,
  PRIMARY KEY (doc_seq, idx)
);
`,
  },
  {
    version: 2,
    name: 'links across the collection: entities, claims, copies, events, overrides',
    sql: `
CREATE TABLE collection_entities (
  id text COLLATE "C" PRIMARY KEY,
  name text COLLATE "C" NOT NULL,
  kind text NOT NULL,
  aliases text[] NOT NULL,
  -- word key (word-key.ts) of the name, then of each alias: what EntityQuery.q matches
  name_words text NOT NULL,
  -- counted when the links are written: lists order by them
  mentions integer NOT NULL,
  statements integer NOT NULL
);
CREATE INDEX collection_entities_order ON collection_entities (mentions DESC, name, id);
CREATE INDEX collection_entities_kind ON collection_entities (kind, mentions DESC, name, id);

-- Which document entity (entities.doc_seq, entities.idx) is which collection entity.
CREATE TABLE entity_members (
  doc_seq integer NOT NULL,
  local integer NOT NULL,
  entity_id text NOT NULL,
  PRIMARY KEY (doc_seq, local)
);

CREATE TABLE claims (
  seq integer PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  text text NOT NULL,
  story text COLLATE "C" NOT NULL,
  position_count integer NOT NULL
);
CREATE INDEX claims_order ON claims (position_count DESC, id);
CREATE INDEX claims_story ON claims (story, position_count DESC, id);

CREATE TABLE claim_positions (
  claim_seq integer NOT NULL,
  idx integer NOT NULL,
  doc_seq integer NOT NULL,
  doc text NOT NULL,
  speaker text NOT NULL,
  position text NOT NULL,
  span_start integer NOT NULL,
  span_end integer NOT NULL,
  attribution integer,
  entity_id text,
  text text NOT NULL,
  PRIMARY KEY (claim_seq, idx)
);
CREATE INDEX claim_positions_entity ON claim_positions (entity_id, claim_seq) WHERE entity_id IS NOT NULL;

CREATE TABLE copies (
  doc_seq integer PRIMARY KEY,
  source_seq integer NOT NULL,
  similarity double precision NOT NULL,
  exact boolean NOT NULL,
  CHECK (source_seq <> doc_seq)
);

CREATE TABLE document_events (
  doc_seq integer PRIMARY KEY,
  event text NOT NULL,
  story text NOT NULL
);

-- Manual corrections outlive every re-linking, and are a record: rows are only ever added.
CREATE TABLE entity_overrides (
  seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  a text NOT NULL,
  b text,
  made_by text,
  made_at text NOT NULL
);
CREATE FUNCTION entity_overrides_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'entity overrides are append-only';
END $$;
CREATE TRIGGER entity_overrides_no_change BEFORE UPDATE OR DELETE ON entity_overrides
  FOR EACH ROW EXECUTE FUNCTION entity_overrides_append_only();
CREATE TRIGGER entity_overrides_no_truncate BEFORE TRUNCATE ON entity_overrides
  FOR EACH STATEMENT EXECUTE FUNCTION entity_overrides_append_only();
`,
  },
  {
    version: 3,
    name: 'work queue: extraction jobs, dead letters, the linking generation',
    sql: `
-- One job per original not yet extracted, keyed by the original's SHA-256 (the document id
-- it becomes), so that enqueuing it again adds nothing. The original's bytes and what its
-- source knew travel with the job: the worker decodes and extracts them. A job is taken
-- by locking its row (FOR UPDATE SKIP LOCKED) in the transaction that also writes the
-- document and deletes the job (open-postgres-queue.ts). state 'dead': it failed too often;
-- it stays, with its reason, until it is requeued.
CREATE TABLE extract_jobs (
  doc_id text COLLATE "C" PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  name text NOT NULL,
  uri text NOT NULL,
  media_type text NOT NULL,
  captured_at text,
  hints jsonb,
  bytes bytea NOT NULL,
  state text NOT NULL DEFAULT 'ready' CHECK (state IN ('ready', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  run_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  enqueued_at timestamptz NOT NULL DEFAULT now(),
  failed_at timestamptz
);
CREATE INDEX extract_jobs_ready ON extract_jobs (run_at, seq) WHERE state = 'ready';

-- How often each job was taken, counted in a transaction of its own as it is taken, so
-- that a worker dying mid-job (whose own transaction is rolled back) still counts as a
-- try: a job that kills every worker that takes it ends as a dead letter, not in a loop.
CREATE TABLE extract_job_starts (
  doc_id text COLLATE "C" PRIMARY KEY,
  starts integer NOT NULL,
  last_start timestamptz NOT NULL
);

-- Each job done, written in the transaction that wrote its document: a record of who did
-- what when (the status command's rates), and the proof that no job was applied twice.
CREATE TABLE extract_done (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc_id text COLLATE "C" NOT NULL,
  worker text NOT NULL,
  added boolean NOT NULL,
  finished_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX extract_done_at ON extract_done (finished_at);

-- Linking is collection-wide and runs in one worker at a time (under an advisory lock):
-- every transaction that adds documents raises wanted; a linker that read the
-- documents after wanted was N sets linked to N when it is done.
CREATE TABLE link_state (
  id integer PRIMARY KEY CHECK (id = 1),
  wanted bigint NOT NULL DEFAULT 0,
  linked bigint NOT NULL DEFAULT 0,
  wanted_since timestamptz,
  linked_at timestamptz,
  link_seconds double precision,
  linked_documents integer
);
INSERT INTO link_state (id) VALUES (1);
`,
  },
];
