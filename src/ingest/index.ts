export { isFailure, type Article, type Failure } from './article.js';
export { listInputs, type Input, type InputList } from './inputs.js';
export { readInput, type ReadOptions } from './read.js';
export { decodeBytes } from './decode.js';
