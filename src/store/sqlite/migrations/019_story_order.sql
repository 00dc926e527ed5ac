-- A story carried by thousands of outlets lists its first few carriers from an index, not from
-- a sort of them all: each cluster row keeps its document's date and stored order (earliest
-- published first, undated last, then first stored), filled by a trigger as the row is written.
ALTER TABLE document_clusters ADD COLUMN published TEXT;
ALTER TABLE document_clusters ADD COLUMN seq INTEGER;
UPDATE document_clusters SET published = (SELECT d.published FROM documents d WHERE d.id = document_clusters.document_id),
  seq = (SELECT d.seq FROM documents d WHERE d.id = document_clusters.document_id);
CREATE INDEX document_clusters_story_order ON document_clusters (cluster, published IS NULL, published, seq);
CREATE TRIGGER document_clusters_story_order AFTER INSERT ON document_clusters BEGIN
  UPDATE document_clusters SET published = (SELECT d.published FROM documents d WHERE d.id = NEW.document_id),
    seq = (SELECT d.seq FROM documents d WHERE d.id = NEW.document_id)
  WHERE document_id = NEW.document_id;
END;
