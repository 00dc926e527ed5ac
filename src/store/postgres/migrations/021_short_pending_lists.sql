-- A GIN index takes new entries into a pending list, merged into the index when the list grows
-- past gin_pending_list_limit (4 MB by default) or when (auto)vacuum runs; every search reads the
-- whole list. Words with a speaker ask one lexeme per speaker and span, each checked against
-- every pending entry: at 158,000 documents, a list of 8,424 entries left by one batch of 8,000
-- documents made such a search 84 ms instead of 10. With lists of 128 kB the list no longer shows
-- (15 ms with entries pending and 15 merged, at 174,000), and a batch of 8,000 documents was no
-- slower to write (57 s against 75 s with 4 MB, the machine shared).
ALTER INDEX statements_words_search SET (gin_pending_list_limit = 128);
ALTER INDEX quote_speakers_search SET (gin_pending_list_limit = 128);
