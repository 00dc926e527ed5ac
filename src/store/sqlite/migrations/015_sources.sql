-- Sources Accord follows by itself (issue 13): feeds and news sitemaps polled every `every_seconds`.
-- Not the `sources` table, which names where each document was read. `next_due`, `lease_until`
-- and the fetch times are ISO 8601 UTC strings, which sort as the times they name. A poller
-- holds a source while `lease_until` is in the future, so two pollers never fetch it at once;
-- a poller that dies lets its lease run out and another takes the source.
CREATE TABLE followed_sources (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  name TEXT,
  lang TEXT,
  every_seconds INTEGER NOT NULL,
  paused INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL,
  next_due TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  lease_until TEXT,
  lease_by TEXT
);
CREATE INDEX followed_sources_due ON followed_sources (next_due);

-- Every poll of a source: ok (the feed was read), unchanged (304), or error, with what it found.
CREATE TABLE source_fetches (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id INTEGER NOT NULL REFERENCES followed_sources (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  result TEXT NOT NULL CHECK (result IN ('ok', 'unchanged', 'error')),
  status_code INTEGER,
  items_seen INTEGER NOT NULL DEFAULT 0,
  new_items INTEGER NOT NULL DEFAULT 0,
  error TEXT
);
CREATE INDEX source_fetches_source ON source_fetches (source_id, seq);
