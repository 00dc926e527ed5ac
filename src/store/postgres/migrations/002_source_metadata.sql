-- Each source of a text keeps what it said of it (see sqlite/migrations/014_source_metadata.sql).
ALTER TABLE sources ADD COLUMN title TEXT;
ALTER TABLE sources ADD COLUMN byline TEXT;
ALTER TABLE sources ADD COLUMN published TEXT;
ALTER TABLE sources ADD COLUMN url TEXT;
ALTER TABLE sources ADD COLUMN outlet TEXT;
