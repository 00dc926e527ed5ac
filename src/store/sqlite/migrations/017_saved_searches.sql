-- Saved searches (issue 13): what a user follows, and how far its alerts went. `cursor` is the
-- `seq` of the last document whose statements were delivered (documents.seq is the stored
-- order: "what is new" is every statement of a later document). `params` holds the search as
-- JSON: the quote search's filters, or the entity or declaration it follows.
CREATE TABLE saved_searches (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  params TEXT NOT NULL,
  webhook_url TEXT,
  webhook_secret TEXT,
  cursor INTEGER NOT NULL,
  created_at TEXT NOT NULL
);

-- Every webhook delivery tried, delivered or failed, with the cursor it reached.
CREATE TABLE search_deliveries (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  search_id TEXT NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  url TEXT NOT NULL,
  items INTEGER NOT NULL,
  attempts INTEGER NOT NULL,
  status TEXT NOT NULL,
  http_status INTEGER,
  error TEXT,
  cursor INTEGER NOT NULL
);
CREATE INDEX search_deliveries_search ON search_deliveries (search_id, seq);
