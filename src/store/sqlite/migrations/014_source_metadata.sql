-- Each source of a text keeps what it said of it: the same wire story from a second outlet has
-- that outlet's title, byline, date, URL and name (issue 11, point 12). Rows stored before stay
-- without: the document's own metadata is theirs.
ALTER TABLE sources ADD COLUMN title TEXT;
ALTER TABLE sources ADD COLUMN byline TEXT;
ALTER TABLE sources ADD COLUMN published TEXT;
ALTER TABLE sources ADD COLUMN url TEXT;
ALTER TABLE sources ADD COLUMN outlet TEXT;
