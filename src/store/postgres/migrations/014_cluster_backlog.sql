-- The documents stored before clusters existed (migration 004), kept by name: every later save
-- gives its document a cluster, so that the backfill reads this list instead of looking at every
-- document for a missing cluster at each start.
CREATE TABLE cluster_backlog (document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE);
INSERT INTO cluster_backlog (document_id)
  SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_clusters m WHERE m.document_id = d.id);
