import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '/work/main/src/config.js';
import { extractStatements, loadExtractor } from '/work/main/src/extract/index.js';
import { detectLanguage, loadLangPacks, packFor, textDocument } from '/work/main/src/text/index.js';
const dir = '/work/shared/devset';
const real = readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dir, n), 'utf8'));
const config = readConfig(); const packs = loadLangPacks(config.dataDir); const ex = loadExtractor(config.dataDir, packs);
const bytes = real.reduce((s, t) => s + Buffer.byteLength(t), 0);
const pass = () => { for (const text of real) { const lang = detectLanguage(text, null, Object.keys(packs)).lang; extractStatements(textDocument(text, lang, packFor(packs, lang)), ex); } };
for (let i = 0; i < 3; i++) pass();
const times: number[] = [];
for (let i = 0; i < Number(process.argv[2] ?? 15); i++) { const t0 = process.cpuUsage(); pass(); const c = process.cpuUsage(t0); times.push((c.user + c.system) / 1e3); }
times.sort((a, b) => a - b);
console.log(`min ${times[0]!.toFixed(0)} ms  median ${times[times.length >> 1]!.toFixed(0)} ms per pass; best ${(bytes / 1e3 / times[0]!).toFixed(2)} MB/s/core`);
