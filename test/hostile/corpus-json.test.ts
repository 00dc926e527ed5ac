import { describeCorpus } from './corpus.js';
import { jsonKinds } from './kinds-json.js';

describeCorpus('json', jsonKinds);
