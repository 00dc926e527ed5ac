import { describeCorpus } from './corpus.js';
import { textKinds } from './kinds-text.js';

describeCorpus('text', textKinds);
