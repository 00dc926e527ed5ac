export { databaseLabel, isPostgresUrl, openStore } from './open.js';
export { SqliteStore } from './sqlite/index.js';
export type {
  Carrier,
  StorySize,
  DocumentQuery,
  DocumentSummary,
  EventStatement,
  FactEvidence,
  FactTally,
  NewStatementsQuery,
  QuoteQuery,
  QuoteRow,
  SaveItem,
  SaveStatus,
  SourceVersion,
  Store,
  StoredDocument,
} from './store.js';
export type { Delivery, DocumentStamp, SavedSearch, SavedSearchKind } from './searches.js';
export type { FetchRecord, FetchResult, FollowedSource, NewSource, SourceBooks, SourceFetch, SourceFigures } from './sources.js';
