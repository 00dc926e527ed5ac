-- A tally's first few statements from one index, not from a sort of all of them: each fact
-- keeps its document's stored order and sample flag, so that (declaration, object, property,
-- sample, reviewed, published, doc_seq), read backwards, serves factEvidence's order up to the
-- text order inside one document. Filled by a trigger once the row is written (the inserts name
-- neither column; SQLite's BEFORE triggers cannot set NEW), kept true if a document's change.
ALTER TABLE declaration_facts ADD COLUMN doc_seq INTEGER;
ALTER TABLE declaration_facts ADD COLUMN sample INTEGER;
UPDATE declaration_facts SET (doc_seq, sample) = (SELECT d.seq, d.sample FROM documents d WHERE d.id = declaration_facts.document_id);
CREATE INDEX declaration_facts_evidence_order ON declaration_facts (declaration, object, property, sample, reviewed, published, doc_seq);
CREATE TRIGGER declaration_facts_order AFTER INSERT ON declaration_facts BEGIN
  UPDATE declaration_facts SET (doc_seq, sample) = (SELECT d.seq, d.sample FROM documents d WHERE d.id = NEW.document_id)
  WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER documents_fact_order AFTER UPDATE OF seq, sample ON documents BEGIN
  UPDATE declaration_facts SET doc_seq = NEW.seq, sample = NEW.sample WHERE document_id = NEW.id;
END;
