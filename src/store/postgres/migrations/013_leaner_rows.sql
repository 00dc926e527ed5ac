-- Fewer bytes and less work a stored document (issue 12), as SQLite's 024: measured on a
-- 20,000-document scale KB (pg_relation_size per table and index), 49 KB a document, much of it
-- indexes and copies no query reads. Every query on these tables was checked with EXPLAIN after
-- the change: each still finds its rows through an index.

-- A band row names its document by seq alone (documents.seq is unique); no query reads band
-- rows by document (documents are never deleted): the column goes with its index.
DROP INDEX cluster_bands_document;
ALTER TABLE cluster_bands DROP COLUMN document_id;
-- (kind, subject): statements_subject (subject, seq) and statements_kind_seq serve its queries.
DROP INDEX statements_kind_subject;
-- Quote search by speaker reads quote_speakers' vectors (010), never the statements' own: the
-- column goes with its GIN index, and 010's (subject_key, seq) index names the searchable
-- statements by the condition every quote search states (rows.ts, quotedSql).
DROP INDEX statements_speaker_search;
DROP INDEX statements_speaker_order;
ALTER TABLE statements DROP COLUMN speaker_search;
CREATE INDEX statements_speaker_order ON statements (subject_key, seq) WHERE (kind = 'quote' OR (kind = 'quote_fragment' AND subject <> ''));
-- Quote lists newest first read the quotes' seq alone, not every statement's: the unique index
-- on seq (an identity: unique without it) becomes this partial one, a quarter of its size.
ALTER TABLE statements DROP CONSTRAINT statements_seq_key;
CREATE INDEX statements_quote_order ON statements (seq) WHERE (kind = 'quote' OR (kind = 'quote_fragment' AND subject <> ''));
-- A document's statements are read whole and sorted (46 a document): (document_id) alone is
-- stored once per document (B-tree deduplication), (document_id, start_offset) once per statement.
DROP INDEX statements_document;
CREATE INDEX statements_document ON statements (document_id);
-- Person names are looked up by folded name among four kinds only (personNames).
DROP INDEX statements_kind_subject_key;
CREATE INDEX statements_person_key ON statements (subject_key) WHERE kind IN ('person', 'quote', 'indirect_speech', 'quote_fragment');
-- (declaration, object, property) look-ups read declaration_facts_evidence_order (012); no query
-- reads facts by object alone (tallies by party read declaration_fact_totals).
DROP INDEX declaration_facts_evidence;
DROP INDEX declaration_facts_object;
-- The folded words were never read back (quote search has words_search): 2 KB a document.
ALTER TABLE statements DROP COLUMN words_key;

-- A document's sentences as one JSON array of [index, paragraph, start, end] in its row, read
-- only with the document: a row and an index entry a sentence (40 a document) were 5 KB.
ALTER TABLE documents ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]';
UPDATE documents d SET sentences = s.list FROM (
  SELECT document_id, json_agg(json_build_array(idx, paragraph, start_offset, end_offset) ORDER BY idx)::text AS list FROM sentences GROUP BY document_id) s
WHERE s.document_id = d.id;
DROP TABLE sentences;
