-- Copies of one wire story carried by many outlets are one cluster (issue 13): each document
-- keeps its text's fingerprint (a MinHash signature, src/text/fingerprint.ts), the wire agencies
-- its text credits, and its cluster: the id of the first stored document of its cluster. A
-- document stored before this migration has no row until the backfill (`assignMissingClusters`)
-- gives it one; until then it is its own cluster.
CREATE TABLE document_clusters (
  document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  cluster TEXT NOT NULL,
  signature TEXT NOT NULL,
  -- wire ids of data/gazetteers/wires.yaml, space-separated ('' for none, or not known)
  wires TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_clusters_cluster ON document_clusters (cluster);

-- The LSH bands of each signature (`band:values`): a document shares a band with the copies of
-- its story, rarely with another text; the candidates a band finds are confirmed by the signature.
CREATE TABLE cluster_bands (
  key TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (key, document_id)
) WITHOUT ROWID;
CREATE INDEX cluster_bands_document ON cluster_bands (document_id);

-- Each tally counts its clusters beside its documents (independent sources), and names the one
-- cluster when all its documents are copies of one story. Before the backfill every document is
-- its own cluster.
ALTER TABLE declaration_fact_totals ADD COLUMN clusters INTEGER NOT NULL DEFAULT 0;
ALTER TABLE declaration_fact_totals ADD COLUMN cluster TEXT;
UPDATE declaration_fact_totals SET clusters = documents, cluster = CASE WHEN documents = 1 THEN latest_document END;
