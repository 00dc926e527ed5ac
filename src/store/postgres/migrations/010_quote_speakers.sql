-- Quote search by speaker from an index in newest-first order. A GIN index finds the statements
-- of a speaker but not in order: a speaker with thousands of quotes was read whole and sorted
-- for its newest twenty, or the newest statements walked until twenty of them matched. Each
-- speaker (the folded subject, which decides its search vector) is kept here with the
-- vector; a search finds its few speakers in this small table, then reads each one's quotes
-- newest first from (subject_key, seq) and stops at the page.
-- No unique key, on purpose: two writers saving a new speaker at once each add it (the search
-- takes each speaker once), where a unique key would make one wait for the other's commit.
CREATE TABLE quote_speakers (
  subject_key TEXT COLLATE "C" NOT NULL,
  speaker_search TSVECTOR NOT NULL
);
INSERT INTO quote_speakers (subject_key, speaker_search)
  SELECT DISTINCT ON (subject_key) subject_key, speaker_search FROM statements
  WHERE speaker_search IS NOT NULL AND subject_key IS NOT NULL ORDER BY subject_key;
CREATE INDEX quote_speakers_key ON quote_speakers (subject_key);
CREATE INDEX quote_speakers_search ON quote_speakers USING gin (speaker_search);
-- WARNING: speaker_search is set for searchable statements only; this index holds just those.
CREATE INDEX statements_speaker_order ON statements (subject_key, seq) WHERE speaker_search IS NOT NULL;
