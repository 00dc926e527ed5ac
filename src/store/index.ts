export { databaseLabel, isPostgresUrl, openStore } from './open.js';
export { SqliteStore } from './sqlite/index.js';
export type {
  Carrier,
  DocumentQuery,
  DocumentSummary,
  EventStatement,
  FactEvidence,
  FactTally,
  QuoteQuery,
  QuoteRow,
  SaveStatus,
  SourceVersion,
  Store,
  StoredDocument,
} from './store.js';
