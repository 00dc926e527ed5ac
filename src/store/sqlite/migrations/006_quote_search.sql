-- Full-text search of quotes by speaker and words, folded (no case, no accents, `đ` -> `d`, as
-- subject_key and words_key are), so that a search over a million quotes reads an index.
-- Each row's rowid is its statement's rowid; the store keeps the two in step.
CREATE VIRTUAL TABLE quote_search USING fts5 (speaker, words, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO quote_search (rowid, speaker, words)
SELECT rowid, coalesce(subject_key, lower(subject)), coalesce(words_key, lower(words)) FROM statements WHERE kind = 'quote';

-- Quotes without a search, most recently stored first.
CREATE INDEX statements_kind_only ON statements (kind);
