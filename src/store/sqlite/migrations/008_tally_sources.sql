-- Each tally names its latest document (by publication date, then by storing order), so that a
-- reported count shows a source without reading the statements behind it.
ALTER TABLE event_fact_totals ADD COLUMN latest_document TEXT;

UPDATE event_fact_totals
SET latest_document = (
  SELECT f.document_id FROM event_facts f
  WHERE f.event = event_fact_totals.event AND f.object = event_fact_totals.object AND f.property = event_fact_totals.property
  ORDER BY f.published DESC, f.rowid DESC LIMIT 1
);
