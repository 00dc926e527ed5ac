import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toArticle } from '../../src/ingest/article.js';
import { htmlShape } from '../../src/ingest/html-fallback.js';
import { loadLangPacks, pageWords } from '../../src/text/index.js';

// Pages no parser should choke on (issue 11, points 4 and 7): each is read, the full way or the
// simple way with a warning that says why, or refused with a reason that names what is wrong.
const words = pageWords(loadLangPacks(join(import.meta.dirname, '..', '..', 'data')));
const source = { key: null, label: 'page.html' };
const sentence = 'Kenya and Chile signed the declaration on Monday in Paris, officials said.';
const read = (html: string) => toArticle(html, 'html', 'html', source, {}, words);

describe('hostile HTML', () => {
  it.each([
    ['2,000 nested div', `${'<div>'.repeat(2000)}<p>${sentence}</p>${'</div>'.repeat(2000)}`, /nested 2001 levels deep/],
    ['50,000 nested div, never closed', `<html><body>${'<div>'.repeat(50_000)}<p>${sentence}`, /nested 50003 levels deep/],
    ['200,000 empty spans', `<p>${sentence}</p>${'<span></span>'.repeat(200_000)}`, /200001 elements/],
  ])('%s: read the simple way, with a warning', (_name, html, warning) => {
    const article = read(html);
    expect(article.text).toContain(sentence);
    expect(article.warnings?.join(' ')).toMatch(warning);
  });

  it.each([
    ['unclosed tags', `<p>${sentence} <b>bold <i>and more`],
    ['stray closing tags', `</div></span><p>${sentence}</p></p></body></html>`],
    ['entities', `<p>${sentence.replace('and', '&amp;')} &eacute;t&#233; &#x2014; &bogus;</p>`],
    ['a doctype only before the text', `<!doctype html>${sentence}`],
  ])('%s: read in full', (_name, html) => {
    const article = read(html);
    expect(article.text.length).toBeGreaterThan(20);
    expect(article.warnings ?? []).toEqual([]);
  });

  it('says that an unclosed comment swallows the page', () => {
    expect(() => read(`<!--d<body><p>${sentence}</p>`)).toThrow(/no article text found in the HTML \(.*an HTML comment opened with <!-- never closes/);
  });

  it('measures depth from the tags alone, void elements and self-closing tags aside', () => {
    expect(htmlShape('<div><p>a<br><img src=x><span/></p></div>')).toEqual({ depth: 2, elements: 5 });
    expect(htmlShape('</div></div><p>x</p>')).toEqual({ depth: 1, elements: 1 });
  });
});
