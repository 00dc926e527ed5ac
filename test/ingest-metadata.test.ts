import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toArticle } from '../src/ingest/article.js';
import { readDateline } from '../src/ingest/index.js';
import { buildDocument } from '../src/pipeline.js';
import { loadLangPacks, pageWords } from '../src/text/index.js';
import { repo } from './run-accord.js';

// What a reader cites a document by (outlet, title, publication date), read from the page, else
// from its URL, its dateline or its lead, with the words of data/lang/.
const packs = loadLangPacks(join(repo, 'data'));
const words = pageWords(packs);
const body = (lang: 'fr' | 'en' | 'vi'): string =>
  ({
    fr: "Les représentants de vingt pays se sont réunis mardi pour discuter des règles de l'intelligence artificielle, a indiqué le ministère.",
    en: 'Representatives of twenty countries met on Tuesday to discuss rules for artificial intelligence, the ministry said in a statement.',
    vi: 'Đại diện của hai mươi quốc gia đã họp hôm thứ Ba để thảo luận về các quy tắc đối với trí tuệ nhân tạo, bộ cho biết.',
  })[lang];
const page = (head: string, text = body('en')): string => `<!doctype html><html><head>${head}</head><body><article><p>${text}</p></article></body></html>`;
const read = (content: string, kind: 'text' | 'html', meta: { url?: string } = {}) => {
  const article = toArticle(content, kind, kind, { key: meta.url ?? null, label: 'test' }, meta, words);
  return buildDocument(article, packs).document;
};

describe('document metadata', () => {
  it.each([
    ['og:site_name', page('<meta property="og:site_name" content="The Daily Ledger"><meta property="og:title" content="Talks on AI">'), {}, 'The Daily Ledger', 'Talks on AI', null],
    [
      'JSON-LD publisher and datePublished',
      page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2025-02-11T10:00:00+01:00","publisher":{"@type":"Organization","name":"Le Courrier"}}</script><title>Sommet</title>'),
      {},
      'Le Courrier',
      'Sommet',
      '2025-02-11',
    ],
    ['meta published time', page('<meta property="article:published_time" content="2024-05-22T21:05:00+07:00"><title>Seoul</title>'), {}, null, 'Seoul', '2024-05-22'],
    ['the URL host', page('<title>Geneva</title>'), { url: 'https://www.example-news.org/2027/geneva' }, 'example-news.org', 'Geneva', null],
  ])('%s', (_name, html, meta, outlet, title, published) => {
    const document = read(html, 'html', meta);
    expect([document.outlet, document.title, document.published]).toEqual([outlet, title, published]);
  });

  it.each([
    ['fr', `Un titre\n\nPARIS, 11 février 2025 — ${body('fr')}`, '2025-02-11'],
    ['fr, a first of the month', `Un titre\n\nLONDRES, 1er novembre 2023 — ${body('fr')}`, '2023-11-01'],
    ['fr, month and year only', `Un titre\n\nBRUXELLES, février 2025 — ${body('fr')}`, '2025-02'],
    ['fr, a weekday only', `Un titre\n\nBRUXELLES, vendredi — ${body('fr')}`, null],
    ['en, abbreviated month', `A headline\n\nBLETCHLEY PARK, England, Nov. 2, 2023 — ${body('en')}`, '2023-11-02'],
    ['en, no year', `A headline\n\nBONN, Germany, June 26 — ${body('en')}`, null],
    ['en, figures in one order only', `A headline\n\nWASHINGTON, 2/25/2025 — ${body('en')}`, '2025-02-25'],
    ['en, figures in either order', `A headline\n\nWASHINGTON, 2/11/2025 — ${body('en')}`, null],
    ['fr, a day the month lacks', `Un titre\n\nPARIS, 31 février 2025 — ${body('fr')}`, null],
    ['fr, figures in its own order only', `Un titre\n\nPARIS, 2/25/2025 — ${body('fr')}`, null],
    ['vi, ngày in figures', `Một tiêu đề\n\nHà Nội, ngày 11/2/2025 - ${body('vi')}`, '2025-02-11'],
    ['vi, figures', `Một tiêu đề\n\nParis, 12/2/2025 – ${body('vi')}`, '2025-02-12'],
    ['vi, words', `Một tiêu đề\n\nHà Nội, ngày 11 tháng 2 năm 2025 - ${body('vi')}`, '2025-02-11'],
    ['vi, month and year', `Một tiêu đề\n\nĐà Nẵng, tháng 3/2026 - ${body('vi')}`, '2026-03'],
    ['no dateline at all', `A headline\n\n${body('en')}`, null],
    ['a date later in the text is no dateline', `A headline\n\n${body('en')} PARIS, 11 February 2025 — more.`, null],
  ])('dateline: %s', (_name, text, published) => {
    expect(read(text, 'text').published).toBe(published);
  });

  it('keeps the date the page gives over its dateline', () => {
    const html = page('<meta property="article:published_time" content="2025-02-12"><title>T</title>', `PARIS, 11 février 2025 — ${body('fr')}`);
    expect(read(html, 'html').published).toBe('2025-02-12');
  });

  it.each([
    ['the first line when it reads as a headline', `Ministers meet in Oslo\n\n${body('en')}`, 'Ministers meet in Oslo'],
    ['the lead sentence, after its dateline', `PARIS, 11 février 2025 — Le sommet s'ouvre.\n\n${body('fr')}`, "Le sommet s'ouvre"],
    ['a long lead, cut at a word', body('en'), 'Representatives of twenty countries met on Tuesday to discuss rules for artificial…'],
  ])('title: %s', (_name, text, title) => {
    const document = read(text, 'text');
    expect(document.title).toBe(title);
    expect(document.title).not.toMatch(/^[0-9a-f]{16}$/);
  });

  it('finds nothing in a paragraph that only looks like a place', () => {
    const none = { months: [], ordinals: [], dayWords: [], monthWords: [], yearWords: [], numeric: [] };
    expect(readDateline(['PARIS, 11 février 2025 — texte'], none)).toBeNull();
  });
});
