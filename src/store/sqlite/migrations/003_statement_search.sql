-- Folded forms of who a statement is about and what it says ("tuong" finds "tướng", "dang"
-- finds "Đặng"), for searching quotes without accents. Rows stored before this migration have
-- none and are searched by their subject and words in lower case.
ALTER TABLE statements ADD COLUMN subject_key TEXT;
ALTER TABLE statements ADD COLUMN words_key TEXT;

CREATE INDEX statements_kind ON statements (kind, lang);
