export { loadReference, referenceAbout } from './reference.js';
export { buildResolver, effectiveDecisions, type DeclarationLinks, type Resolver } from './resolve.js';
export {
  assembleSignatories,
  signedOnly,
  tallyArticles,
  type ArticleFacts,
  type StanceTally,
  type ArticleStatements,
  type Evidence,
  type Party,
  type PartyStatus,
  type ReportedCount,
  type SignerType,
  type Signatories,
} from './signatories.js';
export { reviewed, stateAfter, undoTarget, type Decision } from './review.js';
