-- Saved searches (issue 13), as SQLite's migration 017: `cursor` is the `seq` of the last
-- document whose statements were delivered; `params` the search as JSON.
CREATE TABLE saved_searches (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL UNIQUE,
  kind TEXT COLLATE "C" NOT NULL,
  params TEXT NOT NULL,
  webhook_url TEXT,
  webhook_secret TEXT,
  cursor BIGINT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE search_deliveries (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  search_id TEXT COLLATE "C" NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  url TEXT NOT NULL,
  items INTEGER NOT NULL,
  attempts INTEGER NOT NULL,
  status TEXT NOT NULL,
  http_status INTEGER,
  error TEXT,
  cursor BIGINT NOT NULL
);
CREATE INDEX search_deliveries_search ON search_deliveries (search_id, seq);
