import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { foldKey, loadLangPacks, type LangPack } from '../src/text/index.js';

// Language knowledge lives in data/: no engine file under src/ names a language or holds one of
// its words. The languages and their words are read from data/lang/, so a new pack is checked too.
const repo = resolve(import.meta.dirname, '..');
const src = join(repo, 'src');
const packs = Object.values(loadLangPacks(join(repo, 'data')));

// Not engine code: the web interface's label dictionaries, tests, and the store's contract suite.
const exempt = [/^web\/i18n\//, /\.test\.ts$/, /^store\/contract(?:-[a-z]+)?\.ts$/]; // --- store: contract.ts and its parts ---
// Pages written in one language say so in their <html lang="...">: the API page and the error page.
const htmlLangAllowed = new Set(['server/api-page.ts', 'server/errors.ts']);
// Moved by other helpers of issue 9 (quotes: speech words, pronouns; stances: locatives);
// remove an entry when its file is clean.
const pending = new Set(['extract/quotes.ts', 'extract/pattern.ts']);

// Pack lists whose words are clearly of one language: list words, function words, months.
const wordKeys = [
  'determiners',
  'conjunctions',
  'honorifics',
  'speech_verbs',
  'function_words',
  'reason_markers',
  'summit_words',
  'months',
  'date_cues',
  'number_connectors',
  'number_multipliers',
  'number_compounds',
  'name_particles',
  'workplace_links',
  'workplace_determiners',
  'organization_left_stops',
  'byline_openers',
  'byline_prefixes',
  'credit_links',
  'wire_credits',
] as const satisfies readonly (keyof LangPack)[];

// English is the language the code itself is written in: these words of the packs are also
// names in it (`before`/`after` cursors, a `from` date, a `note` field, `summit` pages), not data.
// `und` is German "and" and also the code of an undetermined language (ISO 639-2) in src/.
// `added`, `resume`: what `accord sources` prints and its subcommand; `with`: in what `accord import` prints.
const codeWords = new Set(['und', 'added', 'resume', 'after', 'at', 'before', 'by', 'declared', 'from', 'note', 'of', 'or', 'summit', 'summits', 'warning', 'why', 'with']);

// The packs' words of two letters and more ("à" or "l" say nothing alone; "l'", "selon", "của"
// do): lowercase ones folded ("va" is "và"), capitalised ones as written ("Par", not "par").
const allWords = packs.flatMap((p) => [...wordKeys.flatMap((key) => p[key]), ...Object.keys(p.number_words), ...p.elisions.map((e) => `${e}'`)]);
const lowerWords = new Set(allWords.filter((w) => w === w.toLowerCase()).map(foldKey));
const capitalWords = new Set(allWords.filter((w) => w !== w.toLowerCase()));

function isPackWord(part: string): boolean {
  if (part.length < 2 || codeWords.has(part) || !/^\p{L}/u.test(part)) return false;
  return part === part.toLowerCase() ? lowerWords.has(foldKey(part)) : capitalWords.has(part);
}
const codes = packs.map((p) => p.lang);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

const engineFiles = sourceFiles(src)
  .map((path) => relative(src, path))
  .filter((file) => !exempt.some((pattern) => pattern.test(file)) && !pending.has(file));

// Code without its comments: comments show inputs in their own language, on purpose.
function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

// The literals of a file, split where a pattern lists alternatives:
// `['et', 'and']` -> et, and; `/^(?:by|par)\s+/` -> by, par.
function literalParts(code: string): string[] {
  const literals =
    code.match(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|\/(?![*/\s])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[dgimsuy]*/g) ?? [];
  return literals.flatMap((literal) => {
    // A template's ${...} is code, not text: it separates parts.
    const body = literal.slice(1, literal.lastIndexOf(literal[0] as string)).replace(/\$\{[^}]*\}/g, '\u0000');
    return [body, ...body.split(/\\[sbdwnt]|[|()?:^$*+[\]{}\\\u0000]/)].map((part) => part.trim()).filter(Boolean);
  });
}

// 'fr' or "fr", a key { fr: [] }, a property names.fr
function namesLanguage(code: string, lang: string): boolean {
  return new RegExp(`(['"\`])${lang}\\1|[{,]\\s*${lang}\\s*:|\\.${lang}\\b`).test(code);
}

describe('language data lives in data/', () => {
  it('no engine file under src/ names a language by its code', () => {
    const found = engineFiles.flatMap((file) => {
      let code = codeOf(readFileSync(join(src, file), 'utf8'));
      if (htmlLangAllowed.has(file)) code = code.replace(/<html lang="[a-z]+">/g, '<html>');
      return codes.filter((lang) => namesLanguage(code, lang)).map((lang) => `${file}: ${lang}`);
    });
    expect(found).toEqual([]);
  });

  it('no engine file under src/ holds a word of a language pack', () => {
    const found = engineFiles.flatMap((file) => {
      const words = literalParts(codeOf(readFileSync(join(src, file), 'utf8'))).filter(isPackWord);
      return [...new Set(words)].map((word) => `${file}: ${word}`);
    });
    expect(found).toEqual([]);
  });

  it('every pack in data/lang/ has the same keys', () => {
    const folder = join(repo, 'data', 'lang');
    const keys = readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name, Object.keys(parse(readFileSync(join(folder, name), 'utf8')) as object).sort()] as const);
    for (const [name, own] of keys) expect([name, own]).toEqual([name, keys[0]?.[1]]);
  });

  it('finds what it looks for', () => {
    expect(literalParts("const joins = ['et', 'and'];")).toEqual(expect.arrayContaining(['et', 'and']));
    expect(literalParts('line.replace(/^(?:by|par|theo)\\s+/i, "")')).toEqual(expect.arrayContaining(['by', 'par', 'theo']));
    expect(codeOf("// selon l'AFP\nconst x = 1;")).not.toContain('selon');
    expect(["lang === 'fr'", 'names: { fr: [] }', 'item.names.fr[0]', 'const french = 1;', "'i18n/fr.json'"].map((c) => namesLanguage(c, 'fr'))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(['selon', "l'", 'the', 'va', 'Par'].filter(isPackWord)).toEqual(['selon', "l'", 'the', 'va', 'Par']);
    expect(['AND', 'before', 'par'].filter(isPackWord)).toEqual(['par']);
  });
});
