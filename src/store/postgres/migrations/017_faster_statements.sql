-- Writing statements faster (issue 12). Timed on a 20,000-document scale knowledge base by
-- inserting 200,000 of its statements again: 6.7 s with the foreign key, 5.1 s without.
--
-- Only quotes are searched by their words (rows.ts, quotedSql), and every quote search states
-- that condition: the words' GIN index holds them alone, not a NULL entry for every other row.
DROP INDEX statements_words_search;
CREATE INDEX statements_words_search ON statements USING gin (words_search) WHERE (kind = 'quote' OR (kind = 'quote_fragment' AND subject <> ''));
-- A statement's and a fact's document is written in the same transaction, before them, and
-- documents are never deleted: the per-row foreign key checks (a look-up in documents for each
-- of about 46 statements and their facts a document) guard nothing the store does not already.
ALTER TABLE statements DROP CONSTRAINT IF EXISTS statements_document_id_fkey;
ALTER TABLE declaration_facts DROP CONSTRAINT IF EXISTS declaration_facts_document_id_fkey;
-- A batch's fact rows now come with their document's seq, sample flag and cluster (assembly.ts,
-- enterBatch): the trigger that reads them from documents runs only for rows without them.
DROP TRIGGER declaration_facts_order ON declaration_facts;
DROP TRIGGER IF EXISTS declaration_facts_moved ON declaration_facts;
CREATE TRIGGER declaration_facts_order BEFORE INSERT ON declaration_facts
  FOR EACH ROW WHEN (NEW.doc_seq IS NULL OR NEW.sample IS NULL OR NEW.cluster IS NULL) EXECUTE FUNCTION accord_fact_order();
CREATE TRIGGER declaration_facts_moved BEFORE UPDATE OF document_id ON declaration_facts
  FOR EACH ROW EXECUTE FUNCTION accord_fact_order();
