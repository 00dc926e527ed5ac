-- Stances and counts are filed under the declaration they are about, no longer under the
-- document's main event: a Seoul article saying "28 countries adopted the Bletchley Declaration"
-- counts for Bletchley. Extraction decides (src/extract/focus.ts gives each signed, not_signed
-- and signatory_count statement `value.declaration`); the store files by that key. A statement
-- without one (a climate summit's communiqué) is filed under nothing.
DROP TABLE event_facts;
DROP TABLE event_fact_totals;

-- One row per stance or count a document states about a declaration, as review left it.
CREATE TABLE declaration_facts (
  statement_id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  declaration TEXT NOT NULL,
  property TEXT NOT NULL,
  object TEXT NOT NULL,
  reviewed INTEGER NOT NULL,
  published TEXT,
  reason TEXT
);
CREATE INDEX declaration_facts_evidence ON declaration_facts (declaration, object, property, reviewed, published);
CREATE INDEX declaration_facts_object ON declaration_facts (object, property);
CREATE INDEX declaration_facts_document ON declaration_facts (document_id);

-- Per declaration, property and object: how many documents state it, how many of those a
-- person reviewed, the latest publication date among them and the document that has it.
CREATE TABLE declaration_fact_totals (
  declaration TEXT NOT NULL,
  property TEXT NOT NULL,
  object TEXT NOT NULL,
  documents INTEGER NOT NULL,
  reviewed_documents INTEGER NOT NULL,
  latest TEXT,
  latest_document TEXT,
  PRIMARY KEY (declaration, property, object)
);
CREATE INDEX declaration_fact_totals_object ON declaration_fact_totals (object, property);

-- Every stored document waits for the backfill (`assembleMissing` in src/query), which files
-- its stances again: statements stored before this migration carry no declaration yet.
UPDATE documents SET main_event = NULL;
