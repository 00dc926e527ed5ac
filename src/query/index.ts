export { loadKb, QueryError, type Kb } from './kb.js';
export { compareDeclarations, eventOf, findDeclaration, signatoriesOf, type Comparison } from './declarations.js';
export { entityViews, type EntityView } from './entities.js';
export { decide, reviewQueue, type ReviewRequest, type ToReview } from './review.js';
export { exportAll, toCsv, toJsonLd, type Export } from './export.js';
