import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/index.js';
import { loadLangPacks, packFor, textDocument } from '../text/index.js';
import { extractStatements, loadExtractor } from './index.js';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const packs = loadLangPacks(dataDir);
const extractor = loadExtractor(dataDir, packs);

// Each quote as "speaker: first words" (a fragment as "~speaker: first words").
function quotesOf(text: string, lang: Lang): string[] {
  const statements = extractStatements(textDocument(text, lang, packFor(packs, lang)), extractor);
  return statements
    .filter((s) => s.kind === 'quote' || s.kind === 'quote_fragment')
    .map((s) => `${s.kind === 'quote_fragment' ? '~' : ''}${s.subject}: ${String(s.value.text).split(/\s+/).slice(0, 3).join(' ')}`);
}

describe('findQuotes', () => {
  it.each<[string, Lang, string, string[]]>([
    // A speech verb, then a comma, before the quote; a pronoun names the person named before.
    ['verb before', 'en', 'Premier Anna Berg opened the forum. She declared, “We are ready to lead.”', ['Anna Berg: We are ready']],
    ['participle before', 'en', 'Minister Tomas Ruiz praised the text, saying, “This is a good day.”', ['Tomas Ruiz: This is a']],
    ['title before', 'en', 'Chancellor Mira Olsen arrived late. Then the Chancellor said, “Our work starts now.”', ['Mira Olsen: Our work starts']],
    [
      'title after, not the last person named',
      'en',
      'President Lea Marti met Prime Minister Kofi Mensah. “Geneva is ready,” said the President.',
      ['Lea Marti: Geneva is ready,'],
    ],
    ['apposition after the verb', 'en', '“We will host it,” said Lea Marti, the Swiss president, on Monday.', ['Lea Marti: We will host']],
    // “A,” she said. “B.”: the second part goes on with the first.
    ['title, comma, name after the verb', 'en', '“We remain cautious,” said the foreign minister, Penny Wong, on Friday.', ['Penny Wong: We remain cautious,']],
    [
      'fr title, comma, name after the verb',
      'fr',
      '« Nous restons prudents », assure le ministre de l’Intérieur, Jean-Marc Roy.',
      ['Jean-Marc Roy: Nous restons prudents'],
    ],
    ['split over two sentences', 'en', '“The text is fair,” Dr. Hana Cho said. “It is also short.”', ['Hana Cho: The text is', 'Hana Cho: It is also']],
    [
      'several quoted paragraphs',
      'en',
      'Ines Duarte, the envoy, said:\n\n“First, we listen.\n\n“Then we decide.”\n\n“Last, we act.”',
      ['Ines Duarte: First, we listen.', 'Ines Duarte: Last, we act.'],
    ],
    [
      'pronoun after, past a clause naming another',
      'en',
      'Professor Omar Haddad, a chemist and Nobel Prize laureate, spoke last.\n\n“Safety comes first,” he said.',
      ['Omar Haddad: Safety comes first,'],
    ],
    ['single marks', 'en', "Spokesperson Rita Vale spoke in Oslo. 'We welcome the vote,' she said.", ['Rita Vale: We welcome the']],
    ['unnamed source', 'en', '“We will not sign,” a senior official said.', [': We will not']],
    ['a company is no person', 'en', 'The Acme Corporation said: “We will comply.”', [': We will comply.']],
    ['a date is no person', 'en', 'On Tuesday, the company said: “We will comply.”', [': We will comply.']],
    ['one word, named in full before', 'en', 'Rahul Desai’s goal won it. “The pitch was slow,” Desai said.', ['Rahul Desai: The pitch was']],
    ['one word naming a company', 'en', 'The Acme Corporation grew. “We are glad,” Acme said.', [': We are glad,']],
    [
      'vi given name, named in full before',
      'vi',
      'Trưởng nhóm Lê Hoàng Nhật Minh trình bày.\n\n“Chúng em rất vui”, Minh nói.',
      ['Lê Hoàng Nhật Minh: Chúng em rất'],
    ],
    ['a family name given in full before', 'en', 'JD Vance spoke last. Asked about the text, Vance said: “No.”', ['JD Vance: No.']],
    ['a title nobody was given', 'fr', 'Interrogé à Paris, le ministre a déclaré : « Rien n’est joué. »', [': Rien n’est joué.']],
    ['an unnamed diplomat', 'fr', '« Nous regrettons ce choix », a réagi un diplomate.', [': Nous regrettons ce']],
    ['the object of a verb', 'fr', 'La Chine a salué « un texte équilibré ».', ['~: un texte équilibré']],
    ['vi unnamed representative', 'vi', '“Chúng tôi ủng hộ”, đại diện Bộ Ngoại giao cho biết.', [': Chúng tôi ủng']],
    ['woven in', 'en', 'Ana Reyes said the plan was “a fair start” for all.', ['~Ana Reyes: a fair start']],
    ['that weaves it in', 'en', 'Ana Reyes said that, “in time”, more would join.', ['~Ana Reyes: in time']],
    // French: inversion, split quote, colon, "selon".
    [
      'inversion',
      'fr',
      'Le ministre Paul Girard a quitté la salle.\n\n« Nous resterons vigilants », a-t-il conclu.',
      ['Paul Girard: Nous resterons vigilants'],
    ],
    [
      'split around the attribution',
      'fr',
      '« Le texte avance », a ajouté Claire Morel, « mais lentement. »',
      ['Claire Morel: Le texte avance', 'Claire Morel: mais lentement.'],
    ],
    ['question before the attribution', 'fr', '« Qui paiera ? », s’interroge Mme Léa Fabre.', ['Léa Fabre: Qui paiera ?']],
    ['colon after the quote', 'fr', '« Rien n’est décidé » : voilà ce qu’a déclaré le député Marc Auclair.', ['Marc Auclair: Rien n’est décidé']],
    [
      'title before the colon',
      'fr',
      'La présidente Sophie Tran a ouvert la séance. La présidente a ajouté : « Le vote aura lieu demain. »',
      ['Sophie Tran: Le vote aura'],
    ],
    ['que weaves it in', 'fr', 'Sophie Tran a ajouté que « le vote aura lieu », sans plus.', ['~Sophie Tran: le vote aura']],
    ['selon and a pronoun', 'fr', 'Le député Marc Auclair a voté contre. Selon lui, « ce texte arrive trop tôt ».', ['Marc Auclair: ce texte arrive']],
    // Vietnamese: pronoun and title in place of the name, "theo".
    ['vi pronoun after', 'vi', 'Thứ trưởng Lê Thu Hà dự phiên họp.\n\n“Chúng tôi sẵn sàng hợp tác”, bà nhấn mạnh.', ['Lê Thu Hà: Chúng tôi sẵn']],
    ['vi title before the colon', 'vi', 'Bộ trưởng Trần Văn Nam dự hội nghị. Bộ trưởng nhấn mạnh: “Cần hành động ngay.”', ['Trần Văn Nam: Cần hành động']],
    ['vi theo', 'vi', 'Theo ông Vũ Đức Minh, “đây là bước đi đúng”.', ['Vũ Đức Minh: đây là bước']],
    // Speaker names are never cut: "bà Hà" is the Lê Thu Hà named before, even when another
    // name in the document ends in "Hà" too.
    [
      'vi given name after a courtesy title',
      'vi',
      'PGS.TS. Lê Thu Hà, giảng viên Trường Đại học Kỹ thuật số Hồng Hà, nhìn nhận tích cực. “Tuyên bố Paris là bước tiến”, bà Hà nhận định.',
      ['Lê Thu Hà: Tuyên bố Paris'],
    ],
    ['en surname after a title', 'en', 'Minister Ana Lopes spoke first. Later, Mrs. Lopes said: “We will sign.”', ['Ana Lopes: We will sign.']],
    ['vi unclosed after a colon', 'vi', 'Ông Vũ Đức Minh nói: “Đây là bước đi đúng.\n\nHội nghị kết thúc chiều nay.', ['Vũ Đức Minh: Đây là bước']],
    // --- s5c: Spanish subjects left unstated or stated late, German pronoun verbs ---
    // «…», afirmó en …: the verb's subject is unstated, the speaker the person named before.
    [
      'es unstated subject after an adjunct',
      'es',
      'La jurista Elena Prats, experta en protección de datos, habló en Lima. «Nadie debe quedar fuera», afirmó en la sesión de cierre.',
      ['Elena Prats: Nadie debe quedar'],
    ],
    // Across paragraphs: the person of the paragraph before.
    [
      'es unstated subject, bare verb',
      'es',
      'Tomás Ibarra, investigador del instituto, presentó el informe.\n\n«Los datos no mienten», agregó.',
      ['Tomás Ibarra: Los datos no'],
    ],
    [
      'es stated subject after an adjunct: an unnamed one',
      'es',
      'Tomás Ibarra, investigador, habló. «No firmaremos», dijo a la prensa un portavoz.',
      [': No firmaremos'],
    ],
    ['es stated subject after an adverb', 'es', 'Tomás Ibarra, investigador, habló. «No firmaremos», dijo ayer la portavoz.', [': No firmaremos']],
    // A title, a comma, the name, after an adjunct; a title inside the adjunct names no speaker.
    [
      'es titled subject after an adjunct',
      'es',
      '«Vamos a ratificarlo», dijo en una entrevista a la radio la ministra de Justicia boliviana, Carla Quispe.',
      ['Carla Quispe: Vamos a ratificarlo'],
    ],
    ['es title inside the adjunct', 'es', '«Vamos a ratificarlo», dijo tras reunirse con el presidente, Hugo Salas.', [': Vamos a ratificarlo']],
    // "el ministro de Industria Jordi Hereu": the portfolio is no part of the name.
    ['es portfolio then name', 'es', '«El plazo es corto», advirtió el ministro de Industria Rubén Ortega.', ['Rubén Ortega: El plazo es']],
    [
      'es portfolio then name, before',
      'es',
      'La titular de Asuntos Exteriores Lucía Ferrer declaró: «Firmaremos el texto».',
      ['Lucía Ferrer: Firmaremos el texto'],
    ],
    // The verb between commas before the quote, its subject unstated.
    [
      'es parenthetical verb before',
      'es',
      'El diplomático Iñaki Soto, enviado especial, abrió la ronda. Esos acuerdos, subrayó, «deben cumplirse sin demora».',
      ['Iñaki Soto: deben cumplirse sin'],
    ],
    ['es según', 'es', 'Según la economista Rosa Vidal, «el mercado ya reaccionó».', ['Rosa Vidal: el mercado ya']],
    // A quote closed by another pair's mark, over several sentences.
    [
      'es mismatched closing mark',
      'es',
      '«Hemos avanzado. Falta el último paso”, explicó en rueda de prensa el ministro de Energía chileno, Pablo Rojas.',
      ['Pablo Rojas: Hemos avanzado. Falta'],
    ],
    // "fügte er hinzu": the pronoun inside the verb phrase stands for the person named before.
    [
      'de pronoun inside the verb',
      'de',
      '„Wir halten Wort“, sagte die Ministerin Jana Wolff am Rande der Konferenz.\n\n„Der Rest folgt im Herbst“, fügte sie hinzu.',
      ['Jana Wolff: Wir halten Wort', 'Jana Wolff: Der Rest folgt'],
    ],
    ['de portfolio then name', 'de', '„Wir sind bereit“, sagte der Minister für Digitales Jan Roth.', ['Jan Roth: Wir sind bereit']],
  ])('%s', (_, lang, text, expected) => {
    expect(quotesOf(text, lang)).toEqual(expected);
  });
});
