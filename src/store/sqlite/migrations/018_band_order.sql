-- Each band row keeps its document's ingest order (documents.seq), keyed by (key, seq): a save
-- reads the earliest few documents of each of its bands through the key, instead of every
-- document that shares a band (all the copies of a story: thousands in a big knowledge base).
CREATE TABLE cluster_bands_by_seq (
  key TEXT NOT NULL,
  seq INTEGER NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (key, seq)
) WITHOUT ROWID;
INSERT INTO cluster_bands_by_seq (key, seq, document_id) SELECT b.key, d.seq, b.document_id FROM cluster_bands b JOIN documents d ON d.id = b.document_id;
DROP TABLE cluster_bands;
ALTER TABLE cluster_bands_by_seq RENAME TO cluster_bands;
CREATE INDEX cluster_bands_document ON cluster_bands (document_id);
