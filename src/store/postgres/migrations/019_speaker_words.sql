-- A quote's words vector holds its speaker too, as lexemes no search can make ('@' and the md5
-- of the folded name: a search's words are letters and digits), so that a word with a speaker
-- is a look-up in the words' GIN index, both lists met there (search.ts). Walking a speaker's
-- quotes and checking the words of each read all of them for a rare word: 1.8 s for a speaker
-- quoted tens of thousands of times in a million documents.
--
-- Two lexemes: the speaker, and the speaker in a span of the store's history (`#` and the
-- number of the span of 1,024 documents the quote was written in, counted from the newest
-- document when it was written: never less for a later write). A page of the newest quotes asks
-- the last spans first, so that it costs the matches there, not every match since the first.
CREATE FUNCTION accord_span(bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN $1 >> 10;
CREATE FUNCTION accord_speaker_lexeme(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN '@' || md5($1);
CREATE FUNCTION accord_speaker_lexemes(text, bigint) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN array_to_tsvector(ARRAY[accord_speaker_lexeme($1), accord_speaker_lexeme($1) || '#' || accord_span($2)]);
-- Stored quotes take their document's span (a document whose statements were replaced later is
-- found one span early by a page of the newest).
UPDATE statements s SET words_search = s.words_search || accord_speaker_lexemes(s.subject_key, d.seq)
  FROM documents d WHERE d.id = s.document_id
  AND (s.kind = 'quote' OR (s.kind = 'quote_fragment' AND s.subject <> '')) AND s.words_search IS NOT NULL AND s.subject_key IS NOT NULL;
