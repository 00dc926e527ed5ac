import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLangPacks } from '../text/index.js';
import { creditedWires, loadWires } from './wire-credits.js';

const data = join(import.meta.dirname, '..', '..', 'data');
const words = Object.values(loadLangPacks(data)).flatMap((p) => p.wire_credits);
const wires = loadWires(data, words);

describe('wire credits', () => {
  // [text, byline, agencies credited]
  it.each<[string, string | null, string[]]>([
    ['PARIS (AFP) - Kenya signed the declaration on Tuesday.', null, ['afp']],
    ['(Reuters) - Chile signed the declaration.', null, ['reuters']],
    ['Kenya signed the declaration.', 'By Jane Doe | Reuters', ['reuters']],
    ['Kenya signed the declaration on Tuesday. — AFP', null, ['afp']],
    ['Kenya signed the declaration on Tuesday.\n\n— With AFP', null, ['afp']],
    ['Le Sénégal a signé la déclaration. — avec AFP', null, ['afp']],
    ["Le Maroc a signé la déclaration, selon l'AFP.", null, ['afp']],
    ['Việt Nam ủng hộ tuyên bố (TTXVN).', null, ['vna']],
    ['Theo TTXVN, Việt Nam ủng hộ tuyên bố.', null, ['vna']],
    ['HANOI (VNA) - Viet Nam backed the statement. (Reuters)', null, ['reuters', 'vna']],
    // A name in a sentence is no credit; nor a name inside a longer word.
    ['AFP reported that Kenya signed. The AP style guide was cited.', null, []],
    ['The APEC meeting (APEC) closed.', 'By Jane Doe', []],
  ])('%s', (text, byline, expected) => {
    expect(creditedWires({ text, byline }, wires)).toEqual(expected);
  });

  it('reads no agencies from a data folder without wires.yaml', () => {
    expect(creditedWires({ text: 'PARIS (AFP) - x', byline: null }, loadWires(join(data, 'missing'), words))).toEqual([]);
  });
});
