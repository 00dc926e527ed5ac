export { loadReference, referenceAbout } from './reference.js';
export { buildResolver, type Resolver } from './resolve.js';
