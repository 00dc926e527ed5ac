import type { FollowedSource, SourceFetch, SourceFigures } from './sources.js';

// Rows of followed_sources and source_fetches as both backends read them (SQLite gives 0/1 for
// booleans and numbers; PostgreSQL booleans and, for counts, strings).
type Row = Record<string, unknown>;

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export const sourceColumns =
  'id, url, name, lang, every_seconds, paused, added_at, next_due, etag, last_modified, lease_until, lease_by';

export function sourceOf(row: Row): FollowedSource {
  return {
    id: Number(row.id),
    url: String(row.url),
    name: text(row.name),
    lang: text(row.lang),
    everySeconds: Number(row.every_seconds),
    paused: row.paused === true || Number(row.paused) === 1,
    addedAt: String(row.added_at),
    nextDue: String(row.next_due),
    etag: text(row.etag),
    lastModified: text(row.last_modified),
    leaseUntil: text(row.lease_until),
    leaseBy: text(row.lease_by),
  };
}

export const fetchColumns = 'source_id, at, result, status_code, items_seen, new_items, error';

export function fetchOf(row: Row): SourceFetch {
  return {
    sourceId: Number(row.source_id),
    at: String(row.at),
    result: String(row.result) as SourceFetch['result'],
    statusCode: row.status_code === null || row.status_code === undefined ? null : Number(row.status_code),
    itemsSeen: Number(row.items_seen),
    newItems: Number(row.new_items),
    error: text(row.error),
  };
}

// One query per backend gives, per source, these columns; the last fetch comes from another.
export const figureColumns = `s.id AS source_id,
  (SELECT count(*) FROM source_fetches f WHERE f.source_id = s.id) AS fetches,
  (SELECT count(*) FROM source_fetches f WHERE f.source_id = s.id AND f.result = 'error'
     AND f.seq > coalesce((SELECT max(g.seq) FROM source_fetches g WHERE g.source_id = s.id AND g.result <> 'error'), 0)) AS errors_in_row,
  (SELECT coalesce(sum(f.new_items), 0) FROM source_fetches f WHERE f.source_id = s.id AND f.at >= $1) AS new_since,
  (SELECT min(f.at) FROM source_fetches f WHERE f.source_id = s.id AND f.new_items > 0) AS first_new,
  (SELECT max(f.at) FROM source_fetches f WHERE f.source_id = s.id AND f.new_items > 0) AS last_new,
  (SELECT count(*) FROM source_fetches f WHERE f.source_id = s.id AND f.new_items > 0) AS with_new`;

export const lastFetchQuery = `SELECT ${fetchColumns} FROM source_fetches WHERE seq IN (SELECT max(seq) FROM source_fetches GROUP BY source_id)`;

export function figuresOf(row: Row, last: Map<number, SourceFetch>): SourceFigures {
  const sourceId = Number(row.source_id);
  return {
    sourceId,
    lastFetch: last.get(sourceId) ?? null,
    fetches: Number(row.fetches),
    errorsInRow: Number(row.errors_in_row),
    newItemsSince: Number(row.new_since),
    firstNewAt: text(row.first_new),
    lastNewAt: text(row.last_new),
    fetchesWithNew: Number(row.with_new),
  };
}

// `lease_until` for a claim made at `now`.
export function leaseEnd(now: string, leaseSeconds: number): string {
  return new Date(Date.parse(now) + leaseSeconds * 1000).toISOString();
}
