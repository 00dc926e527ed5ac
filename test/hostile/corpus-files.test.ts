import { describeCorpus } from './corpus.js';
import { fileKinds } from './kinds-files.js';

describeCorpus('files', fileKinds);
