import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, Lang } from '../model/index.js';
import { loadLangPacks, packFor, textDocument } from '../text/index.js';
import { analyse } from './analyse.js';
import { candidateRules } from './rule-index.js';
import { hasRequiredWords } from './rules.js';
import { applyRule } from './sentence-statements.js';
import { loadExtractor } from './index.js';
import { findsOf } from './yields.js';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const packs = loadLangPacks(dataDir);
const extractor = loadExtractor(dataDir, packs);

function documentOf(text: string, lang: Lang): Document {
  return textDocument(text, lang, packFor(packs, lang));
}

// Every example of every rule in every pack: the rule finds exactly what the example says.
describe('rule examples', () => {
  const cases = extractor.rules.flatMap((rule) => rule.examples.map((example) => [rule.id, example.text, example.finds, rule] as const));
  it('every pack has rules', () => {
    expect(new Set(extractor.rules.map((r) => r.lang))).toEqual(new Set(Object.keys(packs)));
  });
  it.each(cases)('%s: %s', (_id, text, finds, rule) => {
    const analysis = analyse(documentOf(text, rule.lang as Lang), extractor);
    const found = analysis.views.flatMap((view) => findsOf(applyRule(rule, view, analysis)));
    expect(found).toEqual(finds);
  });
});

// The index only narrows what is tried: every rule stays a candidate in the sentences its own
// examples find something in, and a sentence without a rule's required words never meets it.
describe('rule index', () => {
  it('offers each rule on its finding examples, and no rule a sentence lacks the words of', () => {
    const missed: string[] = [];
    const extra: string[] = [];
    for (const rule of extractor.rules) {
      const index = extractor.ruleIndex.get(rule.lang);
      for (const example of rule.examples.filter((e) => e.finds.length > 0)) {
        const analysis = analyse(documentOf(example.text, rule.lang as Lang), extractor);
        const offered = analysis.views.map((view) => (index ? candidateRules(index, view.keys) : []));
        if (!offered.some((rules) => rules.includes(rule))) missed.push(`${rule.id}: ${example.text}`);
        analysis.views.forEach((view, i) => {
          for (const r of offered[i] ?? []) if (!hasRequiredWords(r, view.keys)) extra.push(`${r.id} offered without its words`);
        });
      }
    }
    expect(missed).toEqual([]);
    expect(extra).toEqual([]);
  });
});
