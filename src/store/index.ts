export { databaseLabel, isPostgresUrl, openStore } from './open.js';
export { SqliteStore } from './sqlite/index.js';
export type {
  DocumentQuery,
  DocumentSummary,
  EventStatement,
  FactEvidence,
  FactTally,
  QuoteQuery,
  QuoteRow,
  SaveItem,
  SaveStatus,
  SourceVersion,
  Store,
  StoredDocument,
} from './store.js';
