export { FactsSchema, GoldSchema, type Facts, type Gold } from './gold.js';
export { isSameName, normalizeName } from './normalize.js';
export { buildReport, formatReport, metric, type Metric, type Report } from './report.js';
export { coreKeys, scoreDocument, scoredKeys, type DocumentScore, type ScoredKey } from './score.js';
