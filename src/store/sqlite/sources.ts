import { fetchColumns, fetchOf, figureColumns, figuresOf, lastFetchQuery, leaseEnd, sourceColumns, sourceOf } from '../source-rows.js';
import type { FetchRecord, FollowedSource, NewSource, SourceFetch, SourceFigures } from '../sources.js';
import type { SqliteConnection } from './connection.js';

type Row = Record<string, unknown>;

export function addSource(c: SqliteConnection, s: NewSource): FollowedSource | null {
  return c.write(() => {
    const info = c
      .sql('INSERT INTO followed_sources (url, name, lang, every_seconds, paused, added_at, next_due) VALUES (?, ?, ?, ?, 0, ?, ?) ON CONFLICT (url) DO NOTHING')
      .run(s.url, s.name ?? null, s.lang ?? null, s.everySeconds, s.at, s.at);
    return info.changes === 0 ? null : getSource(c, Number(info.lastInsertRowid));
  });
}

export function listSources(c: SqliteConnection): FollowedSource[] {
  return (c.sql(`SELECT ${sourceColumns} FROM followed_sources ORDER BY id`).all() as Row[]).map(sourceOf);
}

export function getSource(c: SqliteConnection, idOrUrl: number | string): FollowedSource | null {
  const column = typeof idOrUrl === 'number' ? 'id' : 'url';
  const row = c.sql(`SELECT ${sourceColumns} FROM followed_sources WHERE ${column} = ?`).get(idOrUrl) as Row | undefined;
  return row ? sourceOf(row) : null;
}

export function removeSource(c: SqliteConnection, id: number): boolean {
  return c.write(() => c.sql('DELETE FROM followed_sources WHERE id = ?').run(id).changes > 0);
}

export function setSourcePaused(c: SqliteConnection, id: number, paused: boolean): boolean {
  return c.write(() => c.sql('UPDATE followed_sources SET paused = ? WHERE id = ?').run(paused ? 1 : 0, id).changes > 0);
}

// One IMMEDIATE transaction: the look and the lease happen under SQLite's one write lock, so a
// second process (or handle) sees the lease and passes the source by.
export function claimDueSources(c: SqliteConnection, now: string, worker: string, leaseSeconds: number, limit: number, anyTime: boolean): FollowedSource[] {
  return c.write(() => {
    const ids = c
      .sql(
        `SELECT id FROM followed_sources WHERE paused = 0 AND (? OR next_due <= ?) AND (lease_until IS NULL OR lease_until <= ?)
         ORDER BY next_due, id LIMIT ?`,
      )
      .pluck()
      .all(anyTime ? 1 : 0, now, now, limit) as number[];
    const lease = c.sql('UPDATE followed_sources SET lease_until = ?, lease_by = ? WHERE id = ?');
    for (const id of ids) lease.run(leaseEnd(now, leaseSeconds), worker, id);
    return ids.flatMap((id) => getSource(c, id) ?? []);
  });
}

export function recordFetch(c: SqliteConnection, r: FetchRecord): void {
  c.write(() => {
    c.sql(`INSERT INTO source_fetches (${fetchColumns}) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(r.sourceId, r.at, r.result, r.statusCode, r.itemsSeen, r.newItems, r.error);
    c.sql('UPDATE followed_sources SET next_due = ?, lease_until = NULL, lease_by = NULL WHERE id = ?').run(r.nextDue, r.sourceId);
    if (r.result === 'ok') c.sql('UPDATE followed_sources SET etag = ?, last_modified = ? WHERE id = ?').run(r.etag ?? null, r.lastModified ?? null, r.sourceId);
  });
}

export function sourceFetches(c: SqliteConnection, sourceId: number, limit: number): SourceFetch[] {
  return (c.sql(`SELECT ${fetchColumns} FROM source_fetches WHERE source_id = ? ORDER BY seq DESC LIMIT ?`).all(sourceId, limit) as Row[]).map(fetchOf);
}

export function sourceFigures(c: SqliteConnection, since: string): SourceFigures[] {
  const last = new Map((c.sql(lastFetchQuery).all() as Row[]).map((row) => [Number(row.source_id), fetchOf(row)]));
  return (c.sql(`SELECT ${figureColumns.replace('$1', '?')} FROM followed_sources s ORDER BY s.id`).all(since) as Row[]).map((row) => figuresOf(row, last));
}

export function storedSourceKeys(c: SqliteConnection, keys: string[]): Set<string> {
  const found = new Set<string>();
  const look = c.sql('SELECT 1 FROM sources WHERE source = ? LIMIT 1').pluck();
  for (const key of keys) if (look.get(key) !== undefined) found.add(key);
  return found;
}
