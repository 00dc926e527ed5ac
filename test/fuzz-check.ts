import { Readable } from 'node:stream';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractStatements, loadExtractor } from '../src/extract/index.js';
import { isFailure, readInput } from '../src/ingest/index.js';
import { buildDocument } from '../src/pipeline.js';
import { loadLangPacks, pageWords } from '../src/text/index.js';
import { fuzzInput, type FuzzInput } from './fuzz-inputs.js';

// The whole ingest path in-process (read, decode, HTML or text, language, sentences, extract)
// on one generated input, and what went wrong: an exception that escaped, an error of more than
// one line, a statement whose span is outside the text or whose words are not the text's there,
// a sentence outside the text, or an input that took longer than `perInput` (a hang, not a speed).
const dataDir = join(import.meta.dirname, '..', 'data');
const packs = loadLangPacks(dataDir);
const extractor = loadExtractor(dataDir, packs);
const readOptions = { maxBytes: 5_000_000, pageWords: pageWords(packs) };
export const perInput = 30_000;

export async function problemsOf(input: FuzzInput): Promise<string[]> {
  const started = performance.now();
  const problems: string[] = [];
  try {
    const source = { path: '-', label: `fuzz.${input.kind === 'html' ? 'html' : 'txt'}`, kind: input.kind };
    for await (const item of readInput(source, { ...readOptions, stdin: Readable.from([input.bytes]) })) {
      if (isFailure(item)) {
        if (/[\r\n]/.test(item.error) || item.error === '') problems.push(`error not one line: ${JSON.stringify(item.error)}`);
        continue;
      }
      const { document } = buildDocument(item, packs);
      for (const s of document.sentences)
        if (s.start < 0 || s.end > document.text.length || s.end < s.start) problems.push(`sentence [${s.start}, ${s.end}) outside the text`);
      for (const s of extractStatements(document, extractor)) {
        const where = `${s.kind} ${s.rule} [${s.start}, ${s.end})`;
        if (s.start < 0 || s.end > document.text.length || s.end <= s.start) problems.push(`${where}: span outside the text (${document.text.length})`);
        else if (document.text.slice(s.start, s.end) !== s.words) problems.push(`${where}: words ${JSON.stringify(s.words)} are not the text's`);
      }
    }
  } catch (error) {
    problems.push(`exception: ${(error as Error).stack ?? String(error)}`);
  }
  const took = performance.now() - started;
  if (took > perInput) problems.push(`took ${Math.round(took)} ms (limit ${perInput} ms)`);
  return problems;
}

// Runs `runs` inputs from `seed`; resolves with nothing, or rejects with fast-check's report of
// the smallest failing input it found.
export async function fuzzIngest(runs: number, seed: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fuzzInput, async (input) => {
      const problems = await problemsOf(input);
      if (problems.length > 0) throw new Error(`${input.name}:\n${problems.join('\n')}`);
    }),
    { numRuns: runs, seed, endOnFailure: false },
  );
}
