-- What documents state: one row per statement, with its span, rule and original words.
-- `value` holds the kind's own fields as a JSON object.
CREATE TABLE statements (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  value TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  rule TEXT NOT NULL,
  lang TEXT NOT NULL,
  words TEXT NOT NULL,
  confidence REAL NOT NULL
);

CREATE INDEX statements_document ON statements (document_id, start_offset);
CREATE INDEX statements_kind_subject ON statements (kind, subject);
