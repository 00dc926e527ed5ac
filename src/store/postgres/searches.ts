import { quoteColumns, quoteRowOf } from '../rows.js';
import { deliveryOf, savedSearchOf, type Delivery, type DocumentStamp, type SavedSearch } from '../searches.js';
import type { NewStatementsQuery, QuoteRow } from '../store.js';
import type { PgConnection, Sql } from './connection.js';

type Row = Record<string, unknown>;

export async function lastDocumentSeq(sql: Sql): Promise<number> {
  const [row] = await sql`SELECT max(seq) AS seq FROM documents`;
  return Number(row?.seq ?? 0);
}

export async function documentStamps(sql: Sql, ids: string[]): Promise<Map<string, DocumentStamp>> {
  const unique = [...new Set(ids)];
  const rows = unique.length === 0 ? [] : await sql`SELECT id, seq, created_at FROM documents WHERE id IN ${sql(unique)}`;
  return new Map(rows.map((r) => [String(r.id), { seq: Number(r.seq), storedAt: String(r.created_at) }]));
}

// As SQLite's: newest documents first, each document's statements in text order.
export async function newStatements(sql: Sql, query: NewStatementsQuery): Promise<QuoteRow[]> {
  const none = sql``;
  const kinds = query.kinds === undefined ? none : query.kinds.length === 0 ? sql`AND false` : sql`AND s.kind IN ${sql(query.kinds)}`;
  const subjects = query.subjects === undefined ? none : query.subjects.length === 0 ? sql`AND false` : sql`AND s.subject IN ${sql(query.subjects)}`;
  const rows = await sql`SELECT ${sql.unsafe(quoteColumns)} FROM documents d JOIN statements s ON s.document_id = d.id
    WHERE d.seq > ${query.after} ${kinds} ${subjects}
    ORDER BY d.seq DESC, s.seq DESC LIMIT ${query.limit ?? 100}`;
  return rows.map(quoteRowOf);
}

export async function addSearch(c: PgConnection, s: SavedSearch): Promise<void> {
  await c.write(
    (tx) => tx`INSERT INTO saved_searches (id, name, kind, params, webhook_url, webhook_secret, cursor, created_at)
      VALUES (${s.id}, ${s.name}, ${s.kind}, ${JSON.stringify(s.params)}, ${s.webhook}, ${s.secret}, ${s.cursor}, ${s.createdAt})`,
  );
}

export async function listSearches(sql: Sql): Promise<SavedSearch[]> {
  return (await sql`SELECT * FROM saved_searches ORDER BY name`).map((r) => savedSearchOf(r as Row));
}

export async function getSearch(sql: Sql, idOrName: string): Promise<SavedSearch | null> {
  const [row] = await sql`SELECT * FROM saved_searches WHERE id = ${idOrName} OR name = ${idOrName} ORDER BY id = ${idOrName} DESC LIMIT 1`;
  return row ? savedSearchOf(row as Row) : null;
}

export async function removeSearch(c: PgConnection, id: string): Promise<boolean> {
  return c.write(async (tx) => (await tx`DELETE FROM saved_searches WHERE id = ${id}`).count > 0);
}

export async function setSearchCursor(c: PgConnection, id: string, cursor: number): Promise<void> {
  await c.write((tx) => tx`UPDATE saved_searches SET cursor = ${cursor} WHERE id = ${id}`);
}

export async function recordDelivery(c: PgConnection, e: Omit<Delivery, 'seq'>): Promise<Delivery> {
  return c.write(async (tx) => {
    const [row] = await tx`INSERT INTO search_deliveries (search_id, at, url, items, attempts, status, http_status, error, cursor)
      VALUES (${e.searchId}, ${e.at}, ${e.url}, ${e.items}, ${e.attempts}, ${e.status}, ${e.httpStatus}, ${e.error}, ${e.cursor}) RETURNING *`;
    return deliveryOf(row as Row);
  });
}

export async function deliveryLog(sql: Sql, searchId: string | undefined, limit: number): Promise<Delivery[]> {
  const rows =
    searchId === undefined
      ? await sql`SELECT * FROM search_deliveries ORDER BY seq DESC LIMIT ${limit}`
      : await sql`SELECT * FROM search_deliveries WHERE search_id = ${searchId} ORDER BY seq DESC LIMIT ${limit}`;
  return rows.map((r) => deliveryOf(r as Row));
}
