-- A GIN index takes new entries into a pending list, merged into the index when the list grows
-- past gin_pending_list_limit (4 MB by default) or when (auto)vacuum runs; every search reads the
-- whole list. Words with a speaker ask one lexeme per speaker and span, each checked against
-- every pending entry: at 158,000 documents, a list of 8,424 entries left by one batch of 8,000
-- documents made such a search 84 ms instead of 10. Lists of 128 kB keep that to a few ms; a
-- batch of 8,000 documents took about as long to write with a 256 kB list as with 4 MB (68 s
-- against 75 s, the machine shared).
ALTER INDEX statements_words_search SET (gin_pending_list_limit = 128);
ALTER INDEX quote_speakers_search SET (gin_pending_list_limit = 128);
