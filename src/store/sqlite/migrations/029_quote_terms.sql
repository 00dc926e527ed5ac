-- Every whole word of the quote search index, once (../search.ts). A search's last word is read as
-- a prefix so that a word being typed matches; FTS5 reads a prefix by merging the doclist of
-- every term it begins, the whole history of each, where whole words are read newest first and
-- only as far as the page needs (a two-word phrase at a million documents: 38 ms at p95 as a
-- prefix). The prefix becomes the whole words that begin with it, read from here, when they are
-- few. Filled from the index once, then by each batch of saves with the words the index itself
-- made of the new quotes, so that its tokenizer alone decides what a word is.
CREATE TABLE quote_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE VIRTUAL TABLE temp.quote_vocab_029 USING fts5vocab(main, quote_search, row);
INSERT INTO quote_terms (term) SELECT term FROM temp.quote_vocab_029;
DROP TABLE temp.quote_vocab_029;
