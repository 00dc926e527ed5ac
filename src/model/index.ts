export * from './document.js';
export { documentId } from './ids.js';
export { toPartialDate } from './partial-date.js';
