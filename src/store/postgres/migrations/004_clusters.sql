-- Copies of one wire story are one cluster (see sqlite/migrations/016_clusters.sql).
CREATE TABLE document_clusters (
  document_id TEXT COLLATE "C" PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  cluster TEXT COLLATE "C" NOT NULL,
  signature TEXT NOT NULL,
  wires TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_clusters_cluster ON document_clusters (cluster);

CREATE TABLE cluster_bands (
  key TEXT COLLATE "C" NOT NULL,
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (key, document_id)
);
CREATE INDEX cluster_bands_document ON cluster_bands (document_id);

ALTER TABLE declaration_fact_totals ADD COLUMN clusters INTEGER NOT NULL DEFAULT 0;
ALTER TABLE declaration_fact_totals ADD COLUMN cluster TEXT COLLATE "C";
UPDATE declaration_fact_totals SET clusters = documents, cluster = CASE WHEN documents = 1 THEN latest_document END;
