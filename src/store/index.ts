export { SqliteStore } from './sqlite.js';
export type { DocumentQuery, DocumentSummary, QuoteQuery, QuoteRow, SaveStatus, SourceVersion, Store, StoredDocument } from './store.js';
