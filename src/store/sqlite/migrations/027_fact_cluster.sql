-- A fact row carries its document's cluster (the document's own id while it has none), so that
-- "does another document of this cluster state this fact?" is one look-up in an index, however
-- many documents the cluster or the fact has. Through the cluster's documents, a batch's tallies
-- read every copy of a story that thousands of outlets carried, for each of its facts.
ALTER TABLE declaration_facts ADD COLUMN cluster TEXT;
UPDATE declaration_facts SET cluster = coalesce((SELECT m.cluster FROM document_clusters m WHERE m.document_id = declaration_facts.document_id), document_id);
CREATE INDEX declaration_facts_cluster ON declaration_facts (declaration, property, object, sample, cluster, doc_seq);
-- A document's cluster is written after its row (INSERT OR REPLACE: an insert each time).
CREATE TRIGGER document_clusters_facts AFTER INSERT ON document_clusters BEGIN
  UPDATE declaration_facts SET cluster = NEW.cluster WHERE document_id = NEW.document_id AND cluster IS NOT NEW.cluster;
END;
CREATE TRIGGER document_clusters_facts_gone AFTER DELETE ON document_clusters BEGIN
  UPDATE declaration_facts SET cluster = OLD.document_id WHERE document_id = OLD.document_id;
END;
CREATE TRIGGER declaration_facts_cluster AFTER INSERT ON declaration_facts WHEN NEW.cluster IS NULL BEGIN
  UPDATE declaration_facts SET cluster = coalesce((SELECT m.cluster FROM document_clusters m WHERE m.document_id = NEW.document_id), NEW.document_id)
  WHERE rowid = NEW.rowid;
END;
