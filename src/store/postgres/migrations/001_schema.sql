-- The PostgreSQL schema: the tables of the SQLite migrations 001-013 as they stand, in one step.
-- Text that is compared or ordered is COLLATE "C", byte order, as SQLite's BINARY: ids, dates
-- such as 2025-02, names and keys sort the same on both backends.

-- Search folds like SQLite's (no case, no accents): the keys are folded by the store
-- (nameKey) and again here, lower(unaccent()), wrapped as IMMUTABLE so that it may build an index.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE FUNCTION accord_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE documents (
  id TEXT COLLATE "C" PRIMARY KEY,
  -- ingest order: 1, 2, 3... (timestamps tie within a millisecond)
  seq BIGINT NOT NULL UNIQUE,
  lang TEXT COLLATE "C" NOT NULL,
  format TEXT NOT NULL,
  title TEXT,
  byline TEXT,
  published TEXT COLLATE "C",
  url TEXT,
  outlet TEXT,
  sample BOOLEAN NOT NULL DEFAULT false,
  origin TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  -- NULL: stored before the assembly, waiting for setMainEvent; '' none
  main_event TEXT COLLATE "C"
);
CREATE INDEX documents_main_event ON documents (main_event, seq);
CREATE INDEX documents_published ON documents (sample, published);

CREATE TABLE sentences (
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (document_id, idx)
);

CREATE TABLE figures (
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  file TEXT,
  caption TEXT,
  credit TEXT,
  PRIMARY KEY (document_id, idx)
);

CREATE TABLE sources (
  source TEXT COLLATE "C" NOT NULL,
  version INTEGER NOT NULL,
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ingested_at TEXT NOT NULL,
  PRIMARY KEY (source, version)
);
CREATE INDEX sources_document ON sources (document_id);

-- `seq`: the order statements were stored in (SQLite's rowid); a document's are stored
-- last-first, so that newest-first reads each document in text order.
CREATE TABLE statements (
  seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
  id TEXT COLLATE "C" PRIMARY KEY,
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind TEXT COLLATE "C" NOT NULL,
  subject TEXT COLLATE "C" NOT NULL,
  value TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  rule TEXT NOT NULL,
  lang TEXT COLLATE "C" NOT NULL,
  words TEXT NOT NULL,
  confidence DOUBLE PRECISION NOT NULL,
  subject_key TEXT COLLATE "C",
  words_key TEXT,
  -- quote search (quotes, and fragments with a speaker): NULL for every other statement
  speaker_search TSVECTOR,
  words_search TSVECTOR
);
CREATE INDEX statements_document ON statements (document_id, start_offset);
CREATE INDEX statements_kind_subject ON statements (kind, subject);
CREATE INDEX statements_subject ON statements (subject, seq);
CREATE INDEX statements_kind_subject_key ON statements (kind, subject_key);
CREATE INDEX statements_kind_seq ON statements (kind, seq);
CREATE INDEX statements_speaker_search ON statements USING gin (speaker_search);
CREATE INDEX statements_words_search ON statements USING gin (words_search);

CREATE TABLE review_log (
  seq INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  statement_id TEXT COLLATE "C" NOT NULL,
  action TEXT NOT NULL,
  reason TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL,
  before_state TEXT NOT NULL,
  after_state TEXT NOT NULL
);
CREATE INDEX review_log_statement ON review_log (statement_id, seq);

CREATE TABLE resolution_log (
  seq INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  name TEXT NOT NULL,
  reason TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL,
  undoes INTEGER
);

CREATE TABLE declaration_facts (
  seq BIGINT GENERATED ALWAYS AS IDENTITY,
  statement_id TEXT COLLATE "C" PRIMARY KEY,
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  declaration TEXT COLLATE "C" NOT NULL,
  property TEXT COLLATE "C" NOT NULL,
  object TEXT COLLATE "C" NOT NULL,
  reviewed BOOLEAN NOT NULL,
  published TEXT COLLATE "C",
  reason TEXT
);
CREATE INDEX declaration_facts_evidence ON declaration_facts (declaration, object, property, reviewed, published);
CREATE INDEX declaration_facts_object ON declaration_facts (object, property);
CREATE INDEX declaration_facts_document ON declaration_facts (document_id);

CREATE TABLE declaration_fact_totals (
  declaration TEXT COLLATE "C" NOT NULL,
  property TEXT COLLATE "C" NOT NULL,
  object TEXT COLLATE "C" NOT NULL,
  sample BOOLEAN NOT NULL DEFAULT false,
  documents INTEGER NOT NULL,
  reviewed_documents INTEGER NOT NULL,
  latest TEXT COLLATE "C",
  latest_document TEXT COLLATE "C",
  PRIMARY KEY (declaration, property, object, sample)
);
CREATE INDEX declaration_fact_totals_object ON declaration_fact_totals (object, property);
