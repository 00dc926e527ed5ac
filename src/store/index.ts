export { SqliteStore } from './sqlite.js';
export type {
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
