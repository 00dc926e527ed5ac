-- What the knowledge base assembles from documents, kept up to date as documents are saved,
-- their statements replaced and statements reviewed, so that questions about a summit read an
-- index instead of every article about it.

-- The event a document reports on (its main event); '' when it reports on none. NULL on rows
-- stored before this migration, until the assembly is filled for them.
ALTER TABLE documents ADD COLUMN main_event TEXT;
CREATE INDEX documents_main_event ON documents (main_event, seq);

-- One row per stance or count that a document about an event states, as review left it:
-- rejected statements are gone, corrections applied. `object` is the party (an ISO code, EU) for
-- `signed` and `not_signed`, the number for `signatory_count`.
CREATE TABLE event_facts (
  statement_id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  event TEXT NOT NULL,
  property TEXT NOT NULL,
  object TEXT NOT NULL,
  reviewed INTEGER NOT NULL,
  published TEXT,
  reason TEXT
);
CREATE INDEX event_facts_evidence ON event_facts (event, object, property, reviewed, published);
CREATE INDEX event_facts_object ON event_facts (object, property);
CREATE INDEX event_facts_document ON event_facts (document_id);

-- Per event, property and object: how many documents state it, how many of those a person
-- reviewed, and the latest publication date among them.
CREATE TABLE event_fact_totals (
  event TEXT NOT NULL,
  property TEXT NOT NULL,
  object TEXT NOT NULL,
  documents INTEGER NOT NULL,
  reviewed_documents INTEGER NOT NULL,
  latest TEXT,
  PRIMARY KEY (event, property, object)
);
CREATE INDEX event_fact_totals_object ON event_fact_totals (object, property);
