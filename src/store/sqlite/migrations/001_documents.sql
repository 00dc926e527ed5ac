-- Documents are stored once per normalised text; their id is a hash of that text.
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  -- ingest order: 1, 2, 3... (timestamps tie within a millisecond)
  seq INTEGER NOT NULL UNIQUE,
  lang TEXT NOT NULL,
  format TEXT NOT NULL,
  title TEXT,
  byline TEXT,
  published TEXT,
  url TEXT,
  origin TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Sentence spans are [start_offset, end_offset) into documents.text.
CREATE TABLE sentences (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (document_id, idx)
);

-- Pictures with caption and credit, kept apart from the body text.
CREATE TABLE figures (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  file TEXT,
  caption TEXT,
  credit TEXT,
  PRIMARY KEY (document_id, idx)
);

-- Each named source (URL, path, JSON Lines line) and the document each version of it held.
CREATE TABLE sources (
  source TEXT NOT NULL,
  version INTEGER NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ingested_at TEXT NOT NULL,
  PRIMARY KEY (source, version)
);

CREATE INDEX sources_document ON sources (document_id);
