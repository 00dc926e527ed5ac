import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/index.js';
import { loadLangPacks, packFor, textDocument } from '../text/index.js';
import { extractStatements, loadExtractor } from './index.js';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const packs = loadLangPacks(dataDir);
const extractor = loadExtractor(dataDir, packs);

function personsOf(text: string, lang: Lang): string[] {
  const statements = extractStatements(textDocument(text, lang, packFor(packs, lang)), extractor);
  return statements.filter((s) => s.kind === 'person').map((s) => s.subject);
}

// --- s5c: a portfolio between a title and a name (persons.portfolios of the packs) ---
describe('a title with its portfolio before a name', () => {
  it.each<[string, Lang, string, string[]]>([
    ['es portfolio, then the name', 'es', 'El ministro de Industria Rubén Ortega visitó la planta.', ['Rubén Ortega']],
    ['es two-word portfolio', 'es', 'La titular de Asuntos Exteriores Lucía Ferrer viajó a Quito.', ['Lucía Ferrer']],
    // One word after the portfolio is no name: "Industria Ortega" stays a portfolio.
    ['es one word after the portfolio', 'es', 'El ministro de Industria Ortega visitó la planta.', []],
    // A run opening with no portfolio word stays a workplace: "de Cumbres Andinas Consultores".
    ['es workplace, not a portfolio', 'es', 'La directora de Cumbres Andinas Consultores viajó a Quito.', []],
    ['de portfolio, then the name', 'de', 'Der Minister für Digitales Jan Roth reiste nach Genf.', ['Jan Roth']],
  ])('%s', (_, lang, text, expected) => {
    expect(personsOf(text, lang)).toEqual(expected);
  });
});
