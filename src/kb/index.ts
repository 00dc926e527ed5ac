export { loadReference, referenceAbout } from './reference.js';
export { buildResolver, effectiveDecisions, type DeclarationLinks, type Resolver } from './resolve.js';
export { assembleSignatories, signedOnly, statusIn } from './signatories.js';
export { tallyArticles } from './tally.js';
export { evidencePage, evidenceShape, moreArticles } from './evidence.js';
export type {
  ArticleEvidence,
  ArticleFacts,
  StanceTally,
  ArticleStatements,
  Carrier,
  Evidence,
  Joining,
  Party,
  ReportedCount,
  SignerType,
  Signatories,
} from './signatory-types.js';
export {
  absentStatus,
  articleStatus,
  instrumentKind,
  instrumentKinds,
  isSigned,
  partyStatuses,
  vocabularies,
  type InstrumentKind,
  type ListCompleteness,
  type PartyStatus,
} from './statuses.js';
export { reviewed, stateAfter, undoTarget, type Decision } from './review.js';
export { failingAfter, healthSince, judgeSource, type HealthFigures, type SourceHealth } from './source-health.js';
