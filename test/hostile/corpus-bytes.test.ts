import { describeCorpus } from './corpus.js';
import { byteKinds } from './kinds-bytes.js';

describeCorpus('bytes', byteKinds);
