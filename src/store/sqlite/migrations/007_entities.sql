-- What is known of an entity reads the statements about it through an index on their subject.
CREATE INDEX statements_subject ON statements (subject, kind);
-- Persons met in articles, found by their folded name.
CREATE INDEX statements_kind_subject_key ON statements (kind, subject_key);

-- Human decisions on entity resolution, append-only: "this name is (not) that entity", with
-- who, when and why; an undo is a row naming the decision it takes back.
CREATE TABLE resolution_log (
  seq INTEGER PRIMARY KEY,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  name TEXT NOT NULL,
  reason TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  at TEXT NOT NULL,
  undoes INTEGER
);
