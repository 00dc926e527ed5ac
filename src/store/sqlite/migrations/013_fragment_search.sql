-- Quoted fragments with a known speaker join quote search ("what did Vance say" finds the words
-- an article wove into its own sentence), folded like the quotes of 006.
INSERT INTO quote_search (rowid, speaker, words)
SELECT rowid, coalesce(subject_key, lower(subject)), coalesce(words_key, lower(words)) FROM statements WHERE kind = 'quote_fragment' AND subject <> '';
