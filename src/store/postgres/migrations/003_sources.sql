-- Sources Accord follows by itself (see sqlite/migrations/015_sources.sql).
CREATE TABLE followed_sources (
  id SERIAL PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  name TEXT,
  lang TEXT,
  every_seconds INTEGER NOT NULL,
  paused BOOLEAN NOT NULL DEFAULT FALSE,
  added_at TEXT NOT NULL,
  next_due TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  lease_until TEXT,
  lease_by TEXT
);
CREATE INDEX followed_sources_due ON followed_sources (next_due);

CREATE TABLE source_fetches (
  seq BIGSERIAL PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES followed_sources (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  result TEXT NOT NULL CHECK (result IN ('ok', 'unchanged', 'error')),
  status_code INTEGER,
  items_seen INTEGER NOT NULL DEFAULT 0,
  new_items INTEGER NOT NULL DEFAULT 0,
  error TEXT
);
CREATE INDEX source_fetches_source ON source_fetches (source_id, seq);
