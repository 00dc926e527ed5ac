-- A tally's first few statements from one index, not from a sort of every statement of its top
-- date (at 80,000 documents many share one): each fact keeps its document's stored order and
-- sample flag, so that (declaration, object, property, sample, reviewed, published, doc_seq)
-- serves factEvidence's order up to the text order inside one document. Filled by a trigger as
-- the row is written (the inserts name neither column), kept true if a document's ever change.
ALTER TABLE declaration_facts ADD COLUMN doc_seq BIGINT, ADD COLUMN sample BOOLEAN;
UPDATE declaration_facts f SET doc_seq = d.seq, sample = d.sample FROM documents d WHERE d.id = f.document_id;
-- Checked after the trigger: a fact whose document is not visible yet fails instead of hiding.
ALTER TABLE declaration_facts ALTER COLUMN doc_seq SET NOT NULL, ALTER COLUMN sample SET NOT NULL;
CREATE FUNCTION accord_fact_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT d.seq, d.sample INTO NEW.doc_seq, NEW.sample FROM documents d WHERE d.id = NEW.document_id;
  RETURN NEW;
END $$;
CREATE TRIGGER declaration_facts_order BEFORE INSERT OR UPDATE OF document_id ON declaration_facts
  FOR EACH ROW EXECUTE FUNCTION accord_fact_order();
CREATE FUNCTION accord_document_fact_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE declaration_facts SET doc_seq = NEW.seq, sample = NEW.sample WHERE document_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER documents_fact_order AFTER UPDATE OF seq, sample ON documents
  FOR EACH ROW WHEN (OLD.seq IS DISTINCT FROM NEW.seq OR OLD.sample IS DISTINCT FROM NEW.sample)
  EXECUTE FUNCTION accord_document_fact_order();
-- 007's index served only the first keys; this one serves them all.
DROP INDEX IF EXISTS declaration_facts_evidence_order;
CREATE INDEX declaration_facts_evidence_order ON declaration_facts (declaration, object, property, sample, reviewed DESC, published DESC NULLS LAST, doc_seq DESC);
