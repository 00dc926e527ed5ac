// Sources Accord follows by itself: feeds and news sitemaps, each polled every `everySeconds`
// (migrations sqlite 015, postgres 003). Times are ISO 8601 UTC strings. The store keeps the
// books (what was fetched when, with what result); what a run of errors or a long silence means
// is decided in src/kb (source-health.ts).
export type FollowedSource = {
  id: number;
  url: string;
  name: string | null;
  lang: string | null;
  everySeconds: number;
  paused: boolean;
  addedAt: string;
  nextDue: string;
  // the validators of the last copy read, sent back as If-None-Match / If-Modified-Since
  etag: string | null;
  lastModified: string | null;
  // a poller holds the source until then (null: nobody)
  leaseUntil: string | null;
  leaseBy: string | null;
};

export type NewSource = { url: string; name?: string | null; lang?: string | null; everySeconds: number; at: string };

export type FetchResult = 'ok' | 'unchanged' | 'error';

// One poll of a source, as the fetch log keeps it.
export type SourceFetch = {
  sourceId: number;
  at: string;
  result: FetchResult;
  statusCode: number | null;
  itemsSeen: number;
  newItems: number;
  error: string | null;
};

// What `recordFetch` writes: the log entry, when the source is due next, and (after an `ok`
// answer) the validators of the copy just read; `unchanged` and `error` keep the old ones.
export type FetchRecord = SourceFetch & { nextDue: string; etag?: string | null; lastModified?: string | null };

// The figures src/kb judges a source's health by. `newItemsSince`: new items in fetches at or
// after the `since` the caller gave (a week ago); `firstNewAt`, `lastNewAt`, `fetchesWithNew`:
// the fetches that brought new items, from which its usual gap is read.
export type SourceFigures = {
  sourceId: number;
  lastFetch: SourceFetch | null;
  fetches: number;
  errorsInRow: number;
  newItemsSince: number;
  firstNewAt: string | null;
  lastNewAt: string | null;
  fetchesWithNew: number;
};

// The store's part of following sources; every backend runs contract-sources.ts.
export interface SourceBooks {
  // null when the URL is followed already.
  addSource(source: NewSource): Promise<FollowedSource | null>;
  listSources(): Promise<FollowedSource[]>;
  // By id, or by URL exactly as added.
  getSource(idOrUrl: number | string): Promise<FollowedSource | null>;
  // Removes the source and its fetch log; false when there was no such source.
  removeSource(id: number): Promise<boolean>;
  setSourcePaused(id: number, paused: boolean): Promise<boolean>;
  // Hands each unpaused source due at `now` (all of them with `anyTime`) that nobody holds to
  // exactly one caller, however many processes call at once: it is held by `worker` for
  // `leaseSeconds`, or until `recordFetch`. Most overdue first, at most `limit`.
  claimDueSources(now: string, worker: string, leaseSeconds: number, limit: number, anyTime?: boolean): Promise<FollowedSource[]>;
  // Appends to the fetch log, sets next_due (and validators after `ok`) and lets the source go.
  recordFetch(record: FetchRecord): Promise<void>;
  // The newest fetches of one source, newest first.
  sourceFetches(sourceId: number, limit?: number): Promise<SourceFetch[]>;
  sourceFigures(since: string): Promise<SourceFigures[]>;
  // Which of these URLs some document was stored under already (a feed's items fetched before).
  storedSourceKeys(keys: string[]): Promise<Set<string>>;
}
