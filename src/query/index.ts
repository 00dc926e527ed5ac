export { applyResolutionDecisions, checkLang, loadKb, QueryError, type Kb } from './kb.js';
export {
  assembleMissing,
  compareDeclarations,
  conflictingParties,
  evidenceOfParty,
  openConflicts,
  eventOf,
  findDeclaration,
  signatoriesOf,
  type Comparison,
} from './declarations.js';
export type { EvidencePage } from './evidence.js';
export { entityViews, type EntityView } from './entities.js';
export { decide, reviewQueue, type ReviewRequest, type ToReview } from './review.js';
export { parseWikidataIds, toQuickStatements, type Export, type QuickStatements } from './export.js';
export { readPostedArticle } from './posted-article.js';
export { importExport, type Imported } from './import.js';
export { exportChunks, exportFormats, type ExportFormat, type ExportOptions } from './export-stream.js';
export { eventView, findEvent, listDeclarations, summitSeries, type EventView, type Named, type Summit } from './events.js';
export { addArticle, documentTitle, documentView, storyOf, type AddArticleInput, type AddArticleResult, type DocumentView } from './documents.js';
export { decideResolution, type ResolutionRequest } from './resolution.js';
export { findQuotes, type QuoteSearch } from './quotes.js';
export type { ArticleStatements, Evidence, Joining, Party, PartyStatus, ReportedCount, SignerType, Signatories, InstrumentKind, ListCompleteness } from '../kb/index.js';
// The one status vocabulary (decided in src/kb), for the API's schemas and the pages.
export { articleStatus, evidenceShape, instrumentKinds, isSigned, moreArticles, partyStatuses, statusIn, vocabularies } from '../kb/index.js';
export type { DocumentSummary, EventStatement, QuoteQuery, QuoteRow, StoredDocument } from '../store/index.js';
export { searchAll, type EntityHit, type SearchResults } from './search.js';
export { peopleFromArticles, type ArticlePerson } from './people.js';
// --- saved searches and alerts (s6alert) ---
export { saveSearch, listSavedSearches, findSavedSearch, removeSavedSearch, type SearchRequest } from './saved-searches.js';
export { itemsOf, markRead, matchingStatements, newItems, searchView, spanLink, type AlertItem, type SearchView } from './alerts.js';
export { searchFeed, titleOf } from './atom.js';
export type { Delivery, SavedSearch, SavedSearchKind } from '../store/index.js';
export {
  addSource,
  contextFor,
  findSource,
  listSourceViews,
  pauseSource,
  pollSources,
  removeSource,
  type NewSourceInput,
  type PollSummary,
  type SourcesScope,
  type SourceView,
} from './sources.js';
