import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { buildReport, formatReport, GoldSchema, scoreDocument, type DocumentScore } from '../eval/index.js';
import { extractStatements, type Extractor } from '../extract/index.js';
import type { LangPacks } from '../text/index.js';
import { toFacts } from './gold-format.js';
import { fail, withAccord } from './open-store.js';
import { readDocument } from './read-document.js';

type EvalFlags = { json?: boolean; verbose?: boolean };

// DIR holds NAME.txt (or .html) beside NAME.gold.json; every pair is extracted and scored, in
// one process that loads the packs and rules once. How long that took goes to stderr.
export async function runEval(dir: string, flags: EvalFlags): Promise<void> {
  if (!existsSync(dir)) return fail(`${dir}: no such folder`);
  const started = performance.now();
  await withAccord({}, { store: 'none', extractor: true }, async (accord) => {
    const scores = await scoreFolder(dir, accord);
    const report = buildReport(scores);
    process.stderr.write(`${scores.length} document(s) extracted and scored in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    if (flags.json) process.stdout.write(`${JSON.stringify(flags.verbose ? { ...report, documents: scores } : report, null, 2)}\n`);
    else process.stdout.write(formatReport(report) + (flags.verbose ? misses(scores) : ''));
  });
}

// Every annotated article of the folder, extracted and scored; a pair that cannot be read is one `accord:` line.
async function scoreFolder(dir: string, { config, packs, extractor }: { config: Config; packs: LangPacks; extractor: Extractor }): Promise<DocumentScore[]> {
  const scores: DocumentScore[] = [];
  for (const goldFile of readdirSync(dir)
    .filter((n) => n.endsWith('.gold.json'))
    .sort()) {
    const name = goldFile.replace(/\.gold\.json$/, '');
    const article = ['.txt', '.html', '.htm'].map((ext) => join(dir, name + ext)).find(existsSync);
    if (!article) {
      fail(`${join(dir, goldFile)}: no article beside it (${name}.txt or .html)`);
      continue;
    }
    try {
      const gold = GoldSchema.parse(JSON.parse(readFileSync(join(dir, goldFile), 'utf8')));
      const document = await readDocument(article, packs, config.maxBytes);
      const facts = toFacts(document, extractStatements(document, extractor), extractor.lexicon);
      scores.push(scoreDocument(gold, { id: gold.id, lang: gold.lang, facts }, document.text));
    } catch (error) {
      fail(`${goldFile}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return scores;
}

function misses(scores: DocumentScore[]): string {
  const lines: string[] = [];
  for (const score of scores) {
    const wrong = Object.entries(score.keys).filter(([, r]) => r.missed.length + r.spurious.length > 0);
    if (wrong.length === 0) continue;
    lines.push(`\n${score.id}`);
    for (const [key, r] of wrong) {
      for (const item of r.missed) lines.push(`  missed   ${key}: ${JSON.stringify(item)}`);
      for (const item of r.spurious) lines.push(`  spurious ${key}: ${JSON.stringify(item)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
