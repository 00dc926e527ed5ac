-- A quote's words vector holds its speaker too, as one lexeme no search can make ('@' and the
-- md5 of the folded name: a search's words are letters and digits), so that a word with a speaker
-- is one look-up in the words' GIN index, both lists met there. Walking a speaker's quotes and
-- checking the words of each read all of them for a rare word: 1.8 s for a speaker quoted
-- tens of thousands of times in a million documents.
CREATE FUNCTION accord_speaker_lexeme(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN '@' || md5($1);
UPDATE statements s SET words_search = words_search || array_to_tsvector(ARRAY[accord_speaker_lexeme(subject_key)])
  WHERE (s.kind = 'quote' OR (s.kind = 'quote_fragment' AND s.subject <> '')) AND words_search IS NOT NULL AND subject_key IS NOT NULL;
