-- A fact row carries its document's cluster (the document's own id while it has none), as on
-- SQLite (027): "does another document of this cluster state this fact?" is one look-up in an
-- index, however many documents the cluster or the fact has.
ALTER TABLE declaration_facts ADD COLUMN cluster TEXT;
UPDATE declaration_facts f SET cluster = coalesce((SELECT m.cluster FROM document_clusters m WHERE m.document_id = f.document_id), f.document_id);
ALTER TABLE declaration_facts ALTER COLUMN cluster SET NOT NULL;
CREATE INDEX declaration_facts_cluster ON declaration_facts (declaration, property, object, sample, cluster, doc_seq);
-- Filled as the row is written when the insert does not name it.
CREATE OR REPLACE FUNCTION accord_fact_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT d.seq, d.sample INTO NEW.doc_seq, NEW.sample FROM documents d WHERE d.id = NEW.document_id;
  IF NEW.cluster IS NULL THEN
    NEW.cluster := coalesce((SELECT m.cluster FROM document_clusters m WHERE m.document_id = NEW.document_id), NEW.document_id);
  END IF;
  RETURN NEW;
END $$;
-- Kept true when a document's cluster is written, changed or removed.
CREATE FUNCTION accord_cluster_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE declaration_facts SET cluster = OLD.document_id WHERE document_id = OLD.document_id;
  ELSE
    UPDATE declaration_facts SET cluster = NEW.cluster WHERE document_id = NEW.document_id AND cluster IS DISTINCT FROM NEW.cluster;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER document_clusters_facts AFTER INSERT OR UPDATE OF cluster OR DELETE ON document_clusters
  FOR EACH ROW EXECUTE FUNCTION accord_cluster_facts();
