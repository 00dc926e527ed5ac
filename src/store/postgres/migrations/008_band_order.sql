-- Each band row keeps its document's ingest order, keyed by (key, seq) (see SQLite's 018).
ALTER TABLE cluster_bands ADD COLUMN seq BIGINT;
UPDATE cluster_bands b SET seq = d.seq FROM documents d WHERE d.id = b.document_id;
ALTER TABLE cluster_bands ALTER COLUMN seq SET NOT NULL;
ALTER TABLE cluster_bands DROP CONSTRAINT cluster_bands_pkey;
ALTER TABLE cluster_bands ADD PRIMARY KEY (key, seq);
