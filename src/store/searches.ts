// Saved searches and their webhook deliveries, as both backends keep them (migrations: SQLite
// 017, PostgreSQL 005). What a search matches is decided in src/query; the store keeps books.

export type SavedSearchKind = 'quotes' | 'entity' | 'declaration';

// `params`: for `quotes` the quote search's filters (search, speaker, lang, event, from, to,
// exact, samples); for `entity` { entity: 'country:FR' }; for `declaration` { declaration: id }.
// `cursor`: the seq of the last document already delivered (see Store.lastDocumentSeq).
export type SavedSearch = {
  id: string;
  name: string;
  kind: SavedSearchKind;
  params: Record<string, string | boolean>;
  webhook: string | null;
  secret: string | null;
  cursor: number;
  createdAt: string;
};

// One webhook delivery tried: `delivered` moved the cursor to `cursor`; `failed` left it.
export type Delivery = {
  seq: number;
  searchId: string;
  at: string;
  url: string;
  items: number;
  attempts: number;
  status: 'delivered' | 'failed';
  httpStatus: number | null;
  error: string | null;
  cursor: number;
};

// When a document was stored: its place in the stored order and the time.
export type DocumentStamp = { seq: number; storedAt: string };

type Row = Record<string, unknown>;

export function savedSearchOf(r: Row): SavedSearch {
  return {
    id: String(r.id),
    name: String(r.name),
    kind: r.kind as SavedSearchKind,
    params: JSON.parse(String(r.params)) as SavedSearch['params'],
    webhook: (r.webhook_url as string | null) ?? null,
    secret: (r.webhook_secret as string | null) ?? null,
    cursor: Number(r.cursor),
    createdAt: String(r.created_at),
  };
}

export function deliveryOf(r: Row): Delivery {
  return {
    seq: Number(r.seq),
    searchId: String(r.search_id),
    at: String(r.at),
    url: String(r.url),
    items: Number(r.items),
    attempts: Number(r.attempts),
    status: r.status as Delivery['status'],
    httpStatus: r.http_status === null || r.http_status === undefined ? null : Number(r.http_status),
    error: (r.error as string | null) ?? null,
    cursor: Number(r.cursor),
  };
}
