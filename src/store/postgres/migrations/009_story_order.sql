-- A story's first few carriers from an index (see sqlite/migrations/019_story_order.sql): each
-- cluster row keeps its document's date and stored order, filled as the row is written.
ALTER TABLE document_clusters ADD COLUMN published TEXT COLLATE "C", ADD COLUMN seq BIGINT;
UPDATE document_clusters m SET published = d.published, seq = d.seq FROM documents d WHERE d.id = m.document_id;
CREATE INDEX document_clusters_story_order ON document_clusters (cluster, published, seq);
CREATE FUNCTION accord_story_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT d.published, d.seq INTO NEW.published, NEW.seq FROM documents d WHERE d.id = NEW.document_id;
  RETURN NEW;
END $$;
CREATE TRIGGER document_clusters_story_order BEFORE INSERT OR UPDATE OF document_id ON document_clusters
  FOR EACH ROW EXECUTE FUNCTION accord_story_order();
