export { applyResolutionDecisions, loadKb, QueryError, type Kb } from './kb.js';
export { assembleMissing, compareDeclarations, eventOf, findDeclaration, signatoriesOf, type Comparison } from './declarations.js';
export { entityViews, type EntityView } from './entities.js';
export { decide, reviewQueue, type ReviewRequest, type ToReview } from './review.js';
export { exportAll, parseWikidataIds, toCsv, toJsonLd, toQuickStatements, type Export, type QuickStatements } from './export.js';
export { eventView, listDeclarations, summitSeries, type EventView, type Named, type Summit } from './events.js';
export { addArticle, documentView, openConflicts, type AddArticleInput, type AddArticleResult, type DocumentView } from './documents.js';
export { decideResolution, type ResolutionRequest } from './resolution.js';
export { findQuotes } from './quotes.js';
