import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/index.js';
import { loadLangPacks, packFor, textDocument } from '../text/index.js';
import { analyse } from './analyse.js';
import { findDelegations } from './delegation-clauses.js';
import { extractStatements, loadExtractor } from './index.js';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const packs = loadLangPacks(dataDir);
const extractor = loadExtractor(dataDir, packs);

// What the construction alone reads in each sentence: "COUNTRY:head".
function constructed(text: string, lang: Lang): string[] {
  const analysis = analyse(textDocument(text, lang, packFor(packs, lang)), extractor);
  return analysis.views.flatMap((v) => findDelegations(v, analysis.pack, analysis.resolve).map((f) => `${f.subject}:${f.value.head}`));
}

// Sentences written by us, in the shapes news gives a delegation and its head.
const rows: [string, Lang, string[]][] = [
  // The head after a long title, past a comma.
  [
    'Le Chili est représenté au forum par une délégation conduite par la ministre chargée de la Science, de la Technologie et de l’Innovation, Aisén Etcheverry.',
    'fr',
    ['CL:Aisén Etcheverry'],
  ],
  ['La délégation kényane, emmenée cette fois par le secrétaire du cabinet Eliud Owalo, est arrivée lundi.', 'fr', ['KE:Eliud Owalo']],
  ['Eliud Owalo, secrétaire du cabinet chargé de l’Information, a conduit cette semaine la délégation du Kenya.', 'fr', ['KE:Eliud Owalo']],
  ['Chile sent a large delegation to the talks, which was led this time by the science minister, Aisén Etcheverry.', 'en', ['CL:Aisén Etcheverry']],
  ['Eliud Owalo, the cabinet secretary for information, led the Kenyan delegation at the forum.', 'en', ['KE:Eliud Owalo']],
  ['Peru was represented at the opening session by its foreign minister, Elmer Schialer.', 'en', ['PE:Elmer Schialer']],
  ['La delegación peruana, encabezada esta vez por el canciller Elmer Schialer, llegó el lunes.', 'es', ['PE:Elmer Schialer']],
  ['Die kenianische Delegation wurde diesmal von Minister Eliud Owalo angeführt.', 'de', ['KE:Eliud Owalo']],
  ['Đoàn đại biểu Chile do Bộ trưởng Khoa học Aisén Etcheverry dẫn đầu đã tới dự.', 'vi', ['CL:Aisén Etcheverry']],
  // A delegation with no country the sentence names, a head who is not named: no fact.
  ['The delegation was led by a senior official from the ministry.', 'en', []],
  ['A delegation of engineers led the tour of the campus.', 'en', []],
];

describe('the delegation construction', () => {
  it.each(rows)('%s', (text, lang, expected) => {
    expect(constructed(text, lang)).toEqual(expected);
  });

  // "le Royaume" names the one kingdom the text names otherwise, and no country when it names two.
  it('reads a form of state as the one state of that form the text names', () => {
    const lead = 'Le Maroc participe au forum de Nairobi.\n\n';
    const text = `${lead}Le Royaume est représenté au forum par une délégation conduite par la ministre Amal El Fallah Seghrouchni.`;
    expect(constructed(text, 'fr')).toEqual(['MA:Amal El Fallah Seghrouchni']);
    const two = `L’Espagne et le Maroc participent au forum.\n\nLe Royaume est représenté au forum par une délégation conduite par la ministre Amal El Fallah Seghrouchni.`;
    expect(constructed(two, 'fr')).toEqual([]);
  });

  it('files its statements under a rule of its own, once per sentence the rules left', () => {
    const text = 'Chile sent a large delegation to the talks, which was led this time by the science minister, Aisén Etcheverry.';
    const statements = extractStatements(textDocument(text, 'en', packFor(packs, 'en')), extractor).filter((s) => s.kind === 'delegation');
    expect(statements.map((s) => [s.subject, s.rule, text.slice(s.start, s.end) === s.words])).toEqual([['CL', 'en.delegation.clause', true]]);
  });
});
