export { loadReference, referenceAbout } from './reference.js';
export { buildResolver, type Resolver } from './resolve.js';
export { assembleSignatories, signedOnly, type ArticleStatements, type Party, type Signatories } from './signatories.js';
export { reviewed, stateAfter, undoTarget, type Decision } from './review.js';
