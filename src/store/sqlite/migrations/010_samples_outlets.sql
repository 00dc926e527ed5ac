-- Articles we wrote ourselves (data/samples: invented outlets, off-topic pieces) are marked, so
-- that no page, export or count passes them for news, and so that their stances never make a
-- real-world status on their own. `outlet`: the site that published the article (og:site_name,
-- JSON-LD publisher, else the URL's host), for evidence a reader can cite.
ALTER TABLE documents ADD COLUMN sample INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN outlet TEXT;
-- Lists of articles sort by publication date, newest first, undated last.
CREATE INDEX documents_published ON documents (sample, published);

-- The tallies keep samples apart: one row per declaration, property, object and sample flag, so
-- that src/kb sees how many real articles state a stance and how many samples do.
CREATE TABLE declaration_fact_totals_010 (
  declaration TEXT NOT NULL,
  property TEXT NOT NULL,
  object TEXT NOT NULL,
  sample INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL,
  reviewed_documents INTEGER NOT NULL,
  latest TEXT,
  latest_document TEXT,
  PRIMARY KEY (declaration, property, object, sample)
);
-- Samples stored by the first-start fill before this migration are found by where they were read.
UPDATE documents SET sample = 1 WHERE origin LIKE '%data/samples/%';
-- The tallies are counted again from the facts, now per sample flag.
INSERT INTO declaration_fact_totals_010 (declaration, property, object, sample, documents, reviewed_documents, latest, latest_document)
  SELECT f.declaration, f.property, f.object, d.sample, count(DISTINCT f.document_id),
    count(DISTINCT CASE WHEN f.reviewed = 1 THEN f.document_id END), max(f.published),
    (SELECT g.document_id FROM declaration_facts g JOIN documents e ON e.id = g.document_id
      WHERE g.declaration = f.declaration AND g.property = f.property AND g.object = f.object AND e.sample = d.sample
      ORDER BY g.published DESC, g.rowid DESC LIMIT 1)
  FROM declaration_facts f JOIN documents d ON d.id = f.document_id
  GROUP BY f.declaration, f.property, f.object, d.sample;
DROP TABLE declaration_fact_totals;
ALTER TABLE declaration_fact_totals_010 RENAME TO declaration_fact_totals;
CREATE INDEX declaration_fact_totals_object ON declaration_fact_totals (object, property);
