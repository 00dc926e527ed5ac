import { quoteColumns, quoteRowOf } from '../rows.js';
import { deliveryOf, savedSearchOf, type Delivery, type DocumentStamp, type SavedSearch } from '../searches.js';
import type { NewStatementsQuery, QuoteRow } from '../store.js';
import type { SqliteConnection } from './connection.js';

type Row = Record<string, unknown>;

export function lastDocumentSeq(c: SqliteConnection): number {
  const row = c.sql('SELECT max(seq) AS seq FROM documents').get() as { seq: number | null };
  return row.seq ?? 0;
}

export function documentStamps(c: SqliteConnection, ids: string[]): Map<string, DocumentStamp> {
  const stamps = new Map<string, DocumentStamp>();
  for (const id of new Set(ids)) {
    const row = c.sql('SELECT seq, created_at FROM documents WHERE id = ?').get(id) as { seq: number; created_at: string } | undefined;
    if (row) stamps.set(id, { seq: row.seq, storedAt: row.created_at });
  }
  return stamps;
}

// Newest documents first, each document's statements in text order (stored last-first).
export function newStatements(c: SqliteConnection, query: NewStatementsQuery): QuoteRow[] {
  const params: unknown[] = [query.after];
  const filters = ['d.seq > ?'];
  const within = (column: string, values: string[] | undefined): void => {
    if (values === undefined) return;
    filters.push(values.length === 0 ? '0' : `${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  within('s.kind', query.kinds);
  within('s.subject', query.subjects);
  const sql = `SELECT ${quoteColumns} FROM documents d JOIN statements s ON s.document_id = d.id
    WHERE ${filters.join(' AND ')} ORDER BY d.seq DESC, s.rowid DESC LIMIT ?`;
  return c.db
    .prepare(sql)
    .all(...params, query.limit ?? 100)
    .map(quoteRowOf);
}

export function addSearch(c: SqliteConnection, s: SavedSearch): void {
  c.write(() =>
    c
      .sql('INSERT INTO saved_searches (id, name, kind, params, webhook_url, webhook_secret, cursor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(s.id, s.name, s.kind, JSON.stringify(s.params), s.webhook, s.secret, s.cursor, s.createdAt),
  );
}

export function listSearches(c: SqliteConnection): SavedSearch[] {
  return c
    .sql('SELECT * FROM saved_searches ORDER BY name')
    .all()
    .map((r) => savedSearchOf(r as Row));
}

export function getSearch(c: SqliteConnection, idOrName: string): SavedSearch | null {
  const row = c.sql('SELECT * FROM saved_searches WHERE id = ? OR name = ? ORDER BY id = ? DESC LIMIT 1').get(idOrName, idOrName, idOrName);
  return row ? savedSearchOf(row as Row) : null;
}

export function removeSearch(c: SqliteConnection, id: string): boolean {
  return c.write(() => c.sql('DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0);
}

export function setSearchCursor(c: SqliteConnection, id: string, cursor: number): void {
  c.write(() => c.sql('UPDATE saved_searches SET cursor = ? WHERE id = ?').run(cursor, id));
}

export function recordDelivery(c: SqliteConnection, e: Omit<Delivery, 'seq'>): Delivery {
  return c.write(() => {
    const { lastInsertRowid } = c
      .sql('INSERT INTO search_deliveries (search_id, at, url, items, attempts, status, http_status, error, cursor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(e.searchId, e.at, e.url, e.items, e.attempts, e.status, e.httpStatus, e.error, e.cursor);
    return { ...e, seq: Number(lastInsertRowid) };
  });
}

export function deliveryLog(c: SqliteConnection, searchId: string | undefined, limit: number): Delivery[] {
  const rows =
    searchId === undefined
      ? c.sql('SELECT * FROM search_deliveries ORDER BY seq DESC LIMIT ?').all(limit)
      : c.sql('SELECT * FROM search_deliveries WHERE search_id = ? ORDER BY seq DESC LIMIT ?').all(searchId, limit);
  return rows.map((r) => deliveryOf(r as Row));
}
