export * from './document.js';
export { documentId, statementId } from './ids.js';
export * from './statement.js';
export { toPartialDate } from './partial-date.js';
export * from './reference.js';
export * from './entity.js';
export * from './review.js';
export { readYamlFile } from './yaml-file.js';
export { parsedOnce } from './json-cache.js';
