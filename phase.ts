import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentId } from './src/model/index.js';
import { loadLangPacks, packFor, splitSentences, detectLanguage, tokenize } from './src/text/index.js';
import { loadExtractor } from './src/extract/index.js';
import { analyse, applyRule } from './src/extract/extract.js';
import { findQuotes } from './src/extract/quotes.js';
const packs = loadLangPacks('data'); const x = loadExtractor('data', packs);
const texts = readdirSync('test/corpus').filter(f => f.endsWith('.txt')).map(f => readFileSync(join('test/corpus', f), 'utf8'));
const T: Record<string, number> = {};
const time = <R>(k: string, f: () => R): R => { const t = performance.now(); const r = f(); T[k] = (T[k] ?? 0) + performance.now() - t; return r; };
for (let r = 0; r < 10; r++) for (const text of texts) {
  const lang = time('lang', () => detectLanguage(text).lang);
  const sentences = time('sentences', () => splitSentences(text, lang, packFor(packs, lang)));
  const doc = { id: documentId(text), text, lang, format: 'text', title: null, byline: null, published: null, url: null, figures: [], sentences } as any;
  time('tokenize', () => sentences.map((s) => tokenize(text, s.start, s.end)));
  const a = time('analyse', () => analyse(doc, x));
  time('rules', () => { for (const v of a.views) for (const rule of x.rules) if (rule.lang === lang) applyRule(rule, v, a); });
  time('quotes', () => findQuotes(text, a.views, a.pack, a.resolve));
}
console.log(Object.fromEntries(Object.entries(T).map(([k, v]) => [k, Math.round(v)])));
let passed = 0, total = 0; const byRule = new Map<string, number>();
for (const text of texts) {
  const lang = detectLanguage(text).lang;
  const doc = { id: documentId(text), text, lang, format: 'text', title: null, byline: null, published: null, url: null, figures: [], sentences: splitSentences(text, lang, packFor(packs, lang)) } as any;
  const a = analyse(doc, x);
  for (const v of a.views) for (const rule of x.rules) if (rule.lang === lang) { total++; if (rule.required.every((w) => [...w].some((k) => (v as any).norms.has(k)))) { passed++; byRule.set(rule.id, (byRule.get(rule.id) ?? 0) + 1); } }
}
console.log(passed, total, x.rules.length, [...byRule].sort((a, b) => b[1] - a[1]).slice(0, 12));
