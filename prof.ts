import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentId } from './src/model/index.js';
import { loadLangPacks, packFor, splitSentences, detectLanguage } from './src/text/index.js';
import { extractStatements, loadExtractor } from './src/extract/index.js';
const packs = loadLangPacks('data'); const x = loadExtractor('data', packs);
const texts = readdirSync('test/corpus').filter(f => f.endsWith('.txt')).map(f => readFileSync(join('test/corpus', f), 'utf8'));
let bytes = 0; const t = performance.now();
for (let r = 0; r < 15; r++) for (const text of texts) {
  const lang = detectLanguage(text).lang;
  const doc = { id: documentId(text), text, lang, format: 'text', title: null, byline: null, published: null, url: null, figures: [], sentences: splitSentences(text, lang, packFor(packs, lang)) } as any;
  extractStatements(doc, x); bytes += Buffer.byteLength(text);
}
const s = (performance.now() - t) / 1000; console.log((bytes/1e6).toFixed(2), 'MB', s.toFixed(2), 's', (bytes/1e6/s).toFixed(2), 'MB/s');
