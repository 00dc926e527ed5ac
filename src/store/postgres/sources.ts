import { fetchColumns, fetchOf, figureColumns, figuresOf, lastFetchQuery, leaseEnd, sourceColumns, sourceOf } from '../source-rows.js';
import type { FetchRecord, FollowedSource, NewSource, SourceFetch, SourceFigures } from '../sources.js';
import type { PgConnection, Sql } from './connection.js';

// Followed sources need no place in the one-writer order of documents (connection.ts): their
// rows are their own, and a claim is settled by row locks.
export async function addSource(sql: Sql, s: NewSource): Promise<FollowedSource | null> {
  const rows = await sql`INSERT INTO followed_sources (url, name, lang, every_seconds, paused, added_at, next_due)
    VALUES (${s.url}, ${s.name ?? null}, ${s.lang ?? null}, ${s.everySeconds}, false, ${s.at}, ${s.at})
    ON CONFLICT (url) DO NOTHING RETURNING ${sql.unsafe(sourceColumns)}`;
  return rows[0] ? sourceOf(rows[0]) : null;
}

export async function listSources(sql: Sql): Promise<FollowedSource[]> {
  return (await sql`SELECT ${sql.unsafe(sourceColumns)} FROM followed_sources ORDER BY id`).map(sourceOf);
}

export async function getSource(sql: Sql, idOrUrl: number | string): Promise<FollowedSource | null> {
  const rows =
    typeof idOrUrl === 'number'
      ? await sql`SELECT ${sql.unsafe(sourceColumns)} FROM followed_sources WHERE id = ${idOrUrl}`
      : await sql`SELECT ${sql.unsafe(sourceColumns)} FROM followed_sources WHERE url = ${idOrUrl}`;
  return rows[0] ? sourceOf(rows[0]) : null;
}

export async function removeSource(sql: Sql, id: number): Promise<boolean> {
  return (await sql`DELETE FROM followed_sources WHERE id = ${id}`).count > 0;
}

export async function setSourcePaused(sql: Sql, id: number, paused: boolean): Promise<boolean> {
  return (await sql`UPDATE followed_sources SET paused = ${paused} WHERE id = ${id}`).count > 0;
}

// SKIP LOCKED: a row another poller is leasing at this moment is passed by, not waited for; one
// it leased already fails the lease test when the row is read again under its lock.
export async function claimDueSources(sql: Sql, now: string, worker: string, leaseSeconds: number, limit: number, anyTime: boolean): Promise<FollowedSource[]> {
  const rows = await sql`UPDATE followed_sources SET lease_until = ${leaseEnd(now, leaseSeconds)}, lease_by = ${worker}
    WHERE id IN (SELECT id FROM followed_sources WHERE NOT paused AND (${anyTime} OR next_due <= ${now}) AND (lease_until IS NULL OR lease_until <= ${now})
      ORDER BY next_due, id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING ${sql.unsafe(sourceColumns)}`;
  return rows.map(sourceOf).sort((a, b) => a.nextDue.localeCompare(b.nextDue) || a.id - b.id);
}

export async function recordFetch(c: PgConnection, r: FetchRecord): Promise<void> {
  await c.sql.begin(async (tx) => {
    await tx`INSERT INTO source_fetches (source_id, at, result, status_code, items_seen, new_items, error)
      VALUES (${r.sourceId}, ${r.at}, ${r.result}, ${r.statusCode}, ${r.itemsSeen}, ${r.newItems}, ${r.error})`;
    await tx`UPDATE followed_sources SET next_due = ${r.nextDue}, lease_until = NULL, lease_by = NULL WHERE id = ${r.sourceId}`;
    if (r.result === 'ok') await tx`UPDATE followed_sources SET etag = ${r.etag ?? null}, last_modified = ${r.lastModified ?? null} WHERE id = ${r.sourceId}`;
  });
}

export async function sourceFetches(sql: Sql, sourceId: number, limit: number): Promise<SourceFetch[]> {
  return (await sql`SELECT ${sql.unsafe(fetchColumns)} FROM source_fetches WHERE source_id = ${sourceId} ORDER BY seq DESC LIMIT ${limit}`).map(fetchOf);
}

export async function sourceFigures(sql: Sql, since: string): Promise<SourceFigures[]> {
  const last = new Map((await sql.unsafe(lastFetchQuery)).map((row) => [Number(row.source_id), fetchOf(row)]));
  return (await sql.unsafe(`SELECT ${figureColumns} FROM followed_sources s ORDER BY s.id`, [since])).map((row) => figuresOf(row, last));
}

export async function storedSourceKeys(sql: Sql, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await sql`SELECT DISTINCT source FROM sources WHERE source IN ${sql(keys)}`;
  return new Set(rows.map((row) => String(row.source)));
}
