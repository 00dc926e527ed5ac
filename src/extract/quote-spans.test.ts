import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './quote-spans.js';

describe('findQuoteSpans', () => {
  it.each<[string, string[]]>([
    ['Il a dit : « Oui. » Puis « non ».', ['Oui.', 'non']],
    ['He said: “Yes,” and "maybe".', ['Yes,', 'maybe']],
    ['« Premier paragraphe, sans fin.\n\n« Suite et fin », a-t-il dit.', ['Premier paragraphe, sans fin.\n\nSuite et fin']],
    ['“First part.\n\n“Second part.”', ['First part.\n\nSecond part.']],
    ['« Jamais fermé.\n\nUn autre paragraphe « cité ».', ['cité']],
    ['Ông nói: “Chúng tôi rất vui.”', ['Chúng tôi rất vui.']],
  ])('%s', (text, expected) => {
    expect(findQuoteSpans(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives spans that start and end on the marks', () => {
    const text = 'A « b » c';
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['« b »']);
  });
});
