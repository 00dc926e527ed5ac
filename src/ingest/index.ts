export { isFailure, type Article, type Failure } from './article.js';
export { listInputs, type Input, type InputList } from './inputs.js';
export { readInput, type ReadOptions } from './read.js';
export { decodeBytes, forcedEncoding } from './decode.js';
export { describeArticle, leadTitle } from './describe.js';
export { readDateline, type Dateline, type DatelineWords } from './dateline.js';
export { hostOf } from './article.js';
export { articleFromWebPage, type WebPage } from './web-page.js';
