-- A quote's words vector also holds the span of the store's history it was written in ('#' and
-- the span's number, accord_span of the newest document's seq, as the speakers' in 019), so that
-- a search of words alone asks the newest spans first (search.ts): a word in one quote of a
-- thousand was read through the GIN index at every match since the first, each checked and
-- sorted for a page of 20. Quotes written before this migration have no span: a page of the newest
-- spans holds only quotes written after, which are newer than all of them, and a page that the
-- spans cannot fill is asked of the whole history, so nothing is missed and no row is rewritten.
CREATE FUNCTION accord_quote_lexemes(text, bigint) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN accord_speaker_lexemes($1, $2) || array_to_tsvector(ARRAY['#' || accord_span($2)]);
