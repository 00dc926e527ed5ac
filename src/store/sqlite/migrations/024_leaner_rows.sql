-- Fewer bytes and less work a stored document (issue 12: a million documents on each backend).
-- Measured on a 20,000-document scale KB with dbstat: 39.8 KiB a document, half of it indexes and
-- copies that no query reads. Every query that reads these tables was checked with EXPLAIN QUERY
-- PLAN after the change: each still finds its rows through an index.

-- A band row names its document by seq alone (documents.seq is unique): no document id in each
-- of a document's 42 rows, and no index by document, which no query reads (documents are never
-- deleted): 3.3 KiB a document.
CREATE TABLE cluster_bands_024 (
  key TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (key, seq)
) WITHOUT ROWID;
-- In key order: read through the index by document, the rows came in random key order, and past
-- the page cache each insert read and wrote pages all over the new tree (20,000 documents with a
-- 4 MB cache: 9.4 s, 0.4 s in order; a 158,000-document base had not finished after 30 minutes).
INSERT INTO cluster_bands_024 (key, seq) SELECT key, seq FROM cluster_bands ORDER BY key, seq;
DROP TABLE cluster_bands;
ALTER TABLE cluster_bands_024 RENAME TO cluster_bands;
-- (kind, subject) is statements_subject's (subject, kind) turned round; (kind, lang) serves no
-- query that statements_kind_only (kind) does not, in the rowid order quote lists read.
DROP INDEX statements_kind_subject;
DROP INDEX statements_kind;
-- Person names are looked up by folded name among four kinds only (personNames).
DROP INDEX statements_kind_subject_key;
CREATE INDEX statements_person_key ON statements (subject_key) WHERE kind IN ('person', 'quote', 'indirect_speech', 'quote_fragment');
-- (declaration, object, property) look-ups read declaration_facts_evidence_order (022); no query
-- reads facts by object alone (tallies by party read declaration_fact_totals).
DROP INDEX declaration_facts_evidence;
DROP INDEX declaration_facts_object;
-- The folded words were written for quote search, which keeps its own copy (quote_search,
-- contentless); nothing read them back: 2 KiB a document.
ALTER TABLE statements DROP COLUMN words_key;

-- A document's sentences as one JSON array of [index, paragraph, start, end] in its row, read
-- only with the document: one row and one index entry a sentence (40 a document) were 2.7 KiB.
ALTER TABLE documents ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]';
UPDATE documents SET sentences = (
  SELECT json_group_array(json_array(idx, paragraph, start_offset, end_offset))
  FROM (SELECT idx, paragraph, start_offset, end_offset FROM sentences s WHERE s.document_id = documents.id ORDER BY idx));
DROP TABLE sentences;
