import { describe, expect, it } from 'vitest';
import { findQuoteSpans, quoteMarksOf } from './quote-spans.js';

describe('findQuoteSpans', () => {
  it.each<[string, string[]]>([
    ['Il a dit : « Oui. » Puis « non ».', ['Oui.', 'non']],
    ['He said: “Yes,” and "maybe".', ['Yes,', 'maybe']],
    ['« Premier paragraphe, sans fin.\n\n« Suite et fin », a-t-il dit.', ['Premier paragraphe, sans fin.\n\nSuite et fin']],
    ['“First part.\n\n“Second part.”', ['First part.\n\nSecond part.']],
    ['« Jamais fermé.\n\nUn autre paragraphe « cité ».', ['cité']],
    ['Ông nói: “Chúng tôi rất vui.”', ['Chúng tôi rất vui.']],
    // Introduced by a colon, never closed: the paragraph is the quote.
    ['Elle a lancé : « Nous tiendrons parole.\n\nLe débat a repris.', ['Nous tiendrons parole.']],
    // An excerpt that stops inside a quote of several paragraphs.
    ['“Step one is done.\n\n“Step two will take', ['Step one is done.\n\nStep two will take']],
    ['The draft is “a fair start', ['a fair start']],
    // Single marks open before a word and close before no letter; apostrophes stay inside.
    ["Donors were asked 'to give what they can,' the envoy said.", ['to give what they can,']],
    ['It is the UK’s turn, ‘a new chapter’ for the talks.', ['a new chapter']],
    ["The members' rights and it's fine.", []],
    ['“Part one,” she said, “and part two.”', ['Part one,', 'and part two.']],
    // --- s5c: a quote closed by another pair's mark, when its own never closes it ---
    ['«Ya votamos. Falta poco”, dijo. «Sigue».', ['Ya votamos. Falta poco', 'Sigue']],
    ['«Dijo “sí” y se fue», contó.', ['Dijo “sí” y se fue']],
  ])('%s', (text, expected) => {
    expect(findQuoteSpans(text).map((s) => s.text)).toEqual(expected);
  });

  it('stays linear on a huge paragraph of stray single marks', () => {
    expect(findQuoteSpans(" 'word".repeat(200_000))).toEqual([]);
  });

  it('gives spans that start and end on the marks', () => {
    const text = 'A « b » c';
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['« b »']);
  });
});

// A pack's own marks over the shared ones: German opens low and closes with the English opener.
describe('findQuoteSpans with a pack’s quote marks', () => {
  const german = quoteMarksOf([
    ['„', '“'],
    ['‚', '‘'],
    ['»', '«'],
  ]);
  it.each<[string, string[]]>([
    ['Sie sagte: „Wir unterzeichnen heute.“ Dann ging sie.', ['Wir unterzeichnen heute.']],
    ['„Erster Teil“, sagte er, „und zweiter Teil.“', ['Erster Teil', 'und zweiter Teil.']],
    ['Er nannte es »einen guten Anfang«.', ['einen guten Anfang']],
    ['Ein ‚kleiner‘ Schritt und ein “englisches” Zitat.', ['kleiner', 'englisches']],
  ])('%s', (text, expected) => {
    expect(findQuoteSpans(text, german).map((s) => s.text)).toEqual(expected);
  });

  it('leaves a language without its own marks as before', () => {
    expect(findQuoteSpans('Sie sagte: „Wir unterzeichnen.“').map((s) => s.text)).toEqual([]);
  });
});
