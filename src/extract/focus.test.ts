import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentId, type Document, type Lang, type Statement } from '../model/index.js';
import { loadLangPacks } from '../text/index.js';
import { fileStances } from './focus.js';
import { loadLexicon } from './load-gazetteer.js';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const focus = { lexicon: loadLexicon(dataDir), packs: loadLangPacks(dataDir) };

// A made-up article: its sentences, and the statements extraction found in them, each given by
// its kind, subject, sentence and the words it spans.
type Found = [kind: Statement['kind'], subject: string, sentence: number, words: string, value?: Statement['value']];

function article(lang: Lang, sentences: string[], found: Found[]): { document: Document; statements: Statement[] } {
  const text = sentences.join(' ');
  let at = 0;
  const spans = sentences.map((s, index) => {
    const span = { index, paragraph: 0, start: at, end: at + s.length };
    at += s.length + 1;
    return span;
  });
  const id = documentId(text);
  const document: Document = { id, text, lang, format: 'text', title: null, byline: null, published: null, url: null, figures: [], sentences: spans };
  const base = { documentId: id, rule: 'test', lang, confidence: 1 };
  const statements = found.map(([kind, subject, sentence, words, value], i): Statement => {
    const start = text.indexOf(words, spans[sentence]?.start ?? 0);
    return { ...base, id: `s${i}`, kind, subject, value: value ?? {}, start, end: start + words.length, sentence, words };
  });
  return { document, statements };
}

const filedUnder = (lang: Lang, sentences: string[], found: Found[]): (string | null)[] => {
  const { document, statements } = article(lang, sentences, found);
  return fileStances(document, statements, focus)
    .filter((s) => s.kind === 'signed' || s.kind === 'not_signed' || s.kind === 'signatory_count')
    .map((s) => (typeof s.value.declaration === 'string' ? s.value.declaration : null));
};

describe('fileStances', () => {
  const cases: [string, Lang, string[], Found[], (string | null)[]][] = [
    [
      'a declaration its sentence names, in an article about a later summit',
      'vi',
      ['Hội nghị Seoul khai mạc hôm nay.', 'Trước đó, 28 nước đã ký Tuyên bố Bletchley.'],
      [
        ['event', 'ai-seoul-summit-2024', 0, 'Hội nghị Seoul'],
        ['declaration', 'bletchley-declaration', 1, 'Tuyên bố Bletchley'],
        ['signatory_count', 'count', 1, '28 nước', { count: 28 }],
      ],
      ['bletchley-declaration'],
    ],
    [
      'the main event of the article when the sentence names nothing',
      'en',
      ['The AI Action Summit ended in Paris on Tuesday.', 'India signed the text, officials said.'],
      [
        ['event', 'ai-action-summit-2025', 0, 'AI Action Summit'],
        ['signed', 'IN', 1, 'India signed'],
      ],
      ['paris-statement'],
    ],
    [
      'the edition a venue names, not the dateline',
      'en',
      ['NEW DELHI - The AI Impact Summit closed today.', 'A year before, in Paris, Britain had declined to sign.'],
      [
        ['event', 'ai-impact-summit-2026', 0, 'AI Impact Summit'],
        ['not_signed', 'GB', 1, 'Britain had declined'],
      ],
      ['paris-statement'],
    ],
    [
      'the edition before the main one, by a word that points back',
      'fr',
      ['Le sommet de New Delhi sur l’IA a fermé ses portes.', "L'an dernier, les États-Unis avaient refusé de signer."],
      [
        ['event', 'ai-impact-summit-2026', 0, 'sommet de New Delhi'],
        ['not_signed', 'US', 1, 'les États-Unis avaient refusé'],
      ],
      ['paris-statement'],
    ],
    [
      'an instrument the lead names over the summit it was signed beside',
      'fr',
      [
        'Le Chili signe la Convention-cadre du Conseil de l’Europe sur l’IA.',
        'La cérémonie a eu lieu en marge du Sommet pour l’action sur l’IA.',
        'Le Chili a signé le texte.',
      ],
      [
        ['declaration', 'coe-framework-convention-ai', 0, 'Convention-cadre du Conseil de l’Europe sur l’IA'],
        ['event', 'ai-action-summit-2025', 1, 'Sommet pour l’action sur l’IA'],
        ['signed', 'CL', 2, 'Le Chili a signé'],
      ],
      ['coe-framework-convention-ai'],
    ],
    [
      'the summit reported on, not an edition named as a time reference',
      'fr',
      [
        'Le sommet de New Delhi sur l’IA a fermé ses portes.',
        'Deux ans après le sommet de Bletchley Park, la Chine a signé.',
        'La Chine a signé un an après le sommet tenu à Paris.',
      ],
      [
        ['event', 'ai-impact-summit-2026', 0, 'sommet de New Delhi'],
        ['event', 'ai-safety-summit-2023', 1, 'sommet de Bletchley Park'],
        ['signed', 'CN', 1, 'la Chine a signé'],
        ['signed', 'CN', 2, 'La Chine a signé'],
      ],
      ['new-delhi-declaration', 'new-delhi-declaration'],
    ],
    [
      'its own part of a quotation, not a venue named in the next part',
      'vi',
      ['Hội nghị thượng đỉnh Hành động về AI bế mạc.', '“Bắc Kinh đã ký. Hai năm trước ở Bletchley, không ai nghĩ vậy”, ông nói.'],
      [
        ['event', 'ai-action-summit-2025', 0, 'Hội nghị thượng đỉnh Hành động về AI'],
        ['signed', 'CN', 1, 'Bắc Kinh đã ký'],
      ],
      ['paris-statement'],
    ],
    [
      'the text the stance before it in the paragraph named',
      'en',
      ['The New Delhi summit opened with a look back.', 'Britain declined to sign the Paris declaration.', 'The United States also stayed out.'],
      [
        ['event', 'ai-impact-summit-2026', 0, 'New Delhi summit'],
        ['declaration', 'paris-statement', 1, 'Paris declaration'],
        ['not_signed', 'GB', 1, 'Britain declined'],
        ['not_signed', 'US', 2, 'The United States also stayed out'],
      ],
      ['paris-statement', 'paris-statement'],
    ],
    [
      'nothing for a summit outside the gazetteers',
      'en',
      ['The climate conference adopted its text.', 'Norway signed it.'],
      [['signed', 'NO', 1, 'Norway signed']],
      [null],
    ],
    [
      'a reviewer or an earlier pass keeps its own filing',
      'en',
      ['The AI Seoul Summit opened.', 'Kenya signed.'],
      [
        ['event', 'ai-seoul-summit-2024', 0, 'AI Seoul Summit'],
        ['signed', 'KE', 1, 'Kenya signed', { declaration: 'seoul-statement-of-intent' }],
      ],
      ['seoul-statement-of-intent'],
    ],
  ];
  it.each(cases)('files a stance under %s', (_, lang, sentences, found, want) => {
    expect(filedUnder(lang, sentences, found)).toEqual(want);
  });

  it('leaves statement ids as they were, so review decisions stay with them', () => {
    const { document, statements } = article(
      'en',
      ['The AI Action Summit ended.', 'Chile signed.'],
      [
        ['event', 'ai-action-summit-2025', 0, 'AI Action Summit'],
        ['signed', 'CL', 1, 'Chile signed'],
      ],
    );
    expect(fileStances(document, statements, focus).map((s) => s.id)).toEqual(statements.map((s) => s.id));
  });
});
