import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile, StatementKindSchema } from '../model/index.js';
import { tokenize, type Token } from '../text/index.js';
import { compilePattern, requiredKinds, requiredWords, type Pattern, type WordClasses } from './pattern.js';
import { scopeOf, type Scope } from './stance-scope.js';

// One rule of a pack: data/rules/<lang>/<kind>.yaml holds a list of these.
export const RuleSchema = z.object({
  id: z.string().regex(/^[a-z]{2,3}\.[a-z_]+\.[a-z0-9-]+$/, 'ids look like fr.signed.partie-des-signataires'),
  yields: StatementKindSchema,
  pattern: z.string(),
  confidence: z.number().min(0).max(1).default(0.9),
  examples: z.array(z.object({ text: z.string(), finds: z.array(z.union([z.string(), z.number()])) })).min(2),
});
export type RuleSource = z.infer<typeof RuleSchema>;
// `keyOf` keys a token as the pattern's words are keyed; `scope` holds the words that take a
// stance back (hedges, negators), keyed the same way.
// `itemJoiners` split a list of themes, by their folded keys.
export type Rule = RuleSource & {
  lang: string;
  file: string;
  compiled: Pattern;
  required: Set<string>[];
  // The kinds of mention the sentence must hold (a rule with a {countries} slot needs a country).
  kinds: string[];
  keyOf: (t: Token) => string;
  scope: Scope;
  itemJoiners: Set<string>;
};

// Every pack's rules (`langs`: the codes of data/lang/), compiled, with the word classes of the
// language's pack (`@name`). Throws naming the file and the rule on any bad one, and on a folder
// of rules with no language pack.
export function loadRules(
  dataDir: string,
  langs: string[],
  matchAccents: (lang: string) => boolean = () => false,
  classesOf: (lang: string) => WordClasses = () => ({}),
): Rule[] {
  const rules: Rule[] = [];
  const stray = existsSync(join(dataDir, 'rules'))
    ? readdirSync(join(dataDir, 'rules'), { withFileTypes: true }).find((e) => e.isDirectory() && !langs.includes(e.name))
    : undefined;
  if (stray) throw new Error(`${join(dataDir, 'rules', stray.name)}: rules for ${stray.name}, which has no pack in data/lang/`);
  for (const lang of langs) {
    const accents = matchAccents(lang);
    const keyOf = (t: Token): string => (accents ? t.lower : t.norm);
    const classes = classesOf(lang);
    const scope = scopeOf(classes, keyOf);
    const itemJoiners = new Set((classes.item_joiners ?? []).flatMap((w) => tokenize(w).map((t) => t.norm)));
    const folder = join(dataDir, 'rules', lang);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)
      .filter((n) => n.endsWith('.yaml'))
      .sort()) {
      const file = join(folder, name);
      const parsed = z.array(RuleSchema).safeParse(readYamlFile(file) ?? []);
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      for (const rule of parsed.data) {
        if (!rule.id.startsWith(`${lang}.`)) throw new Error(`${file}: rule ${rule.id} is not in the ${lang} pack`);
        try {
          const compiled = compilePattern(rule.pattern, accents, classes);
          rules.push({ ...rule, lang, file, compiled, required: requiredWords(compiled), kinds: requiredKinds(compiled), keyOf, scope, itemJoiners });
        } catch (error) {
          throw new Error(`${file}: rule ${rule.id}: ${(error as Error).message}`);
        }
      }
    }
  }
  const ids = rules.map((r) => r.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`rule id ${duplicate} is used twice`);
  return rules;
}

// Every required group has one of its words among the sentence's keys (looked up from the
// smaller side: a group may list dozens of words, a sentence has a few).
export function hasRequiredWords(rule: Rule, keys: Set<string>): boolean {
  for (const words of rule.required) if (!meets(words, keys)) return false;
  return true;
}

function meets(words: Set<string>, keys: Set<string>): boolean {
  if (words.size > keys.size) {
    for (const word of keys) if (words.has(word)) return true;
    return false;
  }
  for (const word of words) if (keys.has(word)) return true;
  return false;
}
