import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { readConfig } from '/work/main/src/config.js';
import { extractStatements, loadExtractor } from '/work/main/src/extract/index.js';
import { detectLanguage, loadLangPacks, packFor, textDocument } from '/work/main/src/text/index.js';
const dir = '/work/shared/devset';
const real = readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dir, n), 'utf8'));
const config = readConfig();
const packs = loadLangPacks(config.dataDir);
const extractor = loadExtractor(config.dataDir, packs);
const reps = Number(process.argv[2] ?? 5);
const run = (texts: string[]) => { for (const text of texts) { const lang = detectLanguage(text, null, Object.keys(packs)).lang; extractStatements(textDocument(text, lang, packFor(packs, lang)), extractor); } };
run(real); run(real);
const texts = Array.from({ length: reps }, () => real).flat();
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const session = new Session(); session.connect();
const prof = process.argv[3] === 'prof';
if (prof) { await session.post('Profiler.enable'); await session.post('Profiler.start'); }
const t0 = process.cpuUsage();
run(texts);
const c = process.cpuUsage(t0); const s = (c.user + c.system) / 1e6;
if (prof) { const { profile } = await session.post('Profiler.stop'); mkdirSync('/tmp/prof/cpu', { recursive: true }); writeFileSync('/tmp/prof/cpu/a.cpuprofile', JSON.stringify(profile)); }
console.log(`${(bytes/1e6).toFixed(2)} MB in ${s.toFixed(2)} s CPU: ${(bytes/1e6/s).toFixed(2)} MB/s/core`);
