-- Fact rows are written with their document's order and sample flag (assembly.ts): migration
-- 022's trigger, which rewrote every new row to fill them, now fills only a row without them.
DROP TRIGGER declaration_facts_order;
CREATE TRIGGER declaration_facts_order AFTER INSERT ON declaration_facts WHEN NEW.doc_seq IS NULL OR NEW.sample IS NULL BEGIN
  UPDATE declaration_facts SET (doc_seq, sample) = (SELECT d.seq, d.sample FROM documents d WHERE d.id = NEW.document_id)
  WHERE rowid = NEW.rowid;
END;
