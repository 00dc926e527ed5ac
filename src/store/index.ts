export { SqliteStore } from './sqlite.js';
export type { DocumentQuery, DocumentSummary, SaveStatus, SourceVersion, Store, StoredDocument } from './store.js';
