import { describeCorpus } from './corpus.js';
import { htmlKinds } from './kinds-html.js';

describeCorpus('html', htmlKinds);
