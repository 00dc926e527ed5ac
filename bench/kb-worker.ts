import { parentPort, workerData } from 'node:worker_threads';
import { readConfig } from '../src/config.js';
import { extractStatements, mainEventKey } from '../src/extract/index.js';
import { isFailure, readInput, type Input } from '../src/ingest/index.js';
import { buildDocument } from '../src/pipeline.js';
import { openAccord } from '../src/startup.js';
import { pageWords } from '../src/text/index.js';

// One extraction worker of the knowledge-base build: reads its share of the inputs, builds
// each document and finds its statements exactly as `accord ingest` does, and hands them to
// the main thread, which stores them.
const { inputs } = workerData as { inputs: Input[] };
const { config, packs, extractor } = await openAccord(readConfig(), { store: 'none', extractor: true });
const options = { maxBytes: config.maxBytes, pageWords: pageWords(packs) };
for (const input of inputs) {
  for await (const item of readInput(input, options)) {
    if (isFailure(item)) {
      parentPort?.postMessage({ failed: `${item.source.label}: ${item.error}` });
      continue;
    }
    const { document } = buildDocument(item, packs);
    const statements = extractStatements(document, extractor);
    parentPort?.postMessage({ document, source: item.source, statements, mainEvent: mainEventKey(statements) });
  }
}
parentPort?.postMessage({ done: true });
