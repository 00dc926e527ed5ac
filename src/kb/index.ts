export { buildResolver, type Resolver } from './resolve.js';
