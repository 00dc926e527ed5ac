import { describe, it } from 'vitest';
import { fuzzIngest } from './fuzz-check.js';

// Issue 11, proof: a few thousand generated inputs through the whole ingest path, with a fixed
// seed so that CI runs the same ones; `npm run fuzz -- --runs 100000 --seed 7` runs more.
describe('ingest fuzz', () => {
  it('no exception escapes, every span is the words of the text, no input hangs', () => fuzzIngest(2000, 20261202), 300_000);
});
