-- How many statements each subject has, by kind and language (../../subject-counts.ts), kept as
-- statements are written and removed. An entity's counts and a person's names read these rows;
-- counting the statements read every one of a subject's, hundreds of thousands at scale.
CREATE TABLE subject_counts (
  subject TEXT NOT NULL,
  kind TEXT NOT NULL,
  lang TEXT NOT NULL,
  subject_key TEXT,
  n INTEGER NOT NULL,
  PRIMARY KEY (subject, kind, lang)
) WITHOUT ROWID;
CREATE INDEX subject_counts_key ON subject_counts (subject_key, kind);
INSERT INTO subject_counts (subject, kind, lang, subject_key, n)
  SELECT subject, kind, lang, max(subject_key), count(*) FROM statements GROUP BY subject, kind, lang;
-- Person names read subject_counts now: the statements' own index of them goes, one entry less
-- for each person, quote and speech statement written.
DROP INDEX statements_person_key;
