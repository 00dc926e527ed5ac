import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toArticle } from '../src/ingest/article.js';
import { lineMeta, parseJsonLine } from '../src/ingest/jsonl.js';
import { buildDocument } from '../src/pipeline.js';
import { loadLangPacks, pageWords } from '../src/text/index.js';
import { repo } from './run-accord.js';

// Publication dates from every place a source gives one (issue 11, point 9): a meta tag, a
// <time>, JSON-LD, a JSON line's "published", a dateline. A refused value is named in a warning
// and the document is stored without a date (or with the next place's date).
const packs = loadLangPacks(join(repo, 'data'));
const words = pageWords(packs);
const text = 'Representatives of twenty countries met on Tuesday to discuss rules for artificial intelligence, the ministry said in a statement.';
const texte = "Les représentants de vingt pays se sont réunis mardi pour discuter des règles de l'intelligence artificielle, a indiqué le ministère.";
const page = (head: string, body = text): string =>
  `<!doctype html><html><head>${head}<title>T</title></head><body><article><p>${body}</p></article></body></html>`;
const meta = (field: string, value: string): string => `<meta property="${field}" content="${value}">`;
const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', datePublished: value })}</script>`;

function fromHtml(html: string) {
  return buildDocument(toArticle(html, 'html', 'html', { key: null, label: 'page.html' }, {}, words), packs);
}
function fromLine(line: string) {
  const record = parseJsonLine(Buffer.from(line));
  return buildDocument(toArticle(record.text ?? '', 'text', 'jsonl', { key: null, label: 'a.jsonl:1' }, lineMeta(record), words), packs);
}
function fromText(content: string) {
  return buildDocument(toArticle(content, 'text', 'text', { key: null, label: 'a.txt' }, {}, words), packs);
}

describe('publication dates', () => {
  it.each([
    ['ISO meta date-time, its own calendar day', () => fromHtml(page(meta('article:published_time', '2025-02-10T23:30:00-05:00'))), '2025-02-10', null],
    ['meta partial date', () => fromHtml(page(meta('article:published_time', '2025-02'))), '2025-02', null],
    [
      'meta junk',
      () => fromHtml(page(meta('article:published_time', 'page 5'))),
      null,
      /"page 5" \(the page's meta article:published_time\) refused: not a date/,
    ],
    [
      'meta junk, then a good <time>',
      () => fromHtml(page(`${meta('article:published_time', '-1')}<time datetime="2025-02-11">`)),
      '2025-02-11',
      /"-1" .* refused/,
    ],
    [
      '<time> on no calendar',
      () => fromHtml(page('<time datetime="2025-02-31">')),
      null,
      /"2025-02-31" \(the datetime of its first <time>\) refused: 2025-02 has no day 31/,
    ],
    ['JSON-LD in US figures', () => fromHtml(page(jsonLd('10/11/2025'))), null, /"10\/11\/2025" \(its JSON-LD datePublished\) refused: ambiguous/],
    ['JSON-LD RFC 2822', () => fromHtml(page(jsonLd('Tue, 11 Feb 2025 23:30:00 -0500'))), '2025-02-11', null],
    ['JSON line date', () => fromLine(JSON.stringify({ text, published: '2024-05-21T08:00:00+09:00' })), '2024-05-21', null],
    ['JSON line junk', () => fromLine(JSON.stringify({ text, published: 'x 2025' })), null, /"x 2025" \(the JSON line's "published"\) refused/],
    ['JSON line month 13', () => fromLine(JSON.stringify({ text, published: '2025-13' })), null, /no month 13/],
    ['JSON line number', () => fromLine(JSON.stringify({ text, published: -1 })), null, /"-1" .* refused: a JSON number, not a date written as text/],
    ['JSON line object', () => fromLine(JSON.stringify({ text, published: { y: 2025 } })), null, /refused: a JSON object/],
    ['JSON line null', () => fromLine(JSON.stringify({ text, published: null })), null, null],
    [
      'dateline refused',
      () => fromText(`Un titre\n\nPARIS, 31 février 2025 — ${texte}`),
      null,
      /"31 février 2025" \(its dateline\) refused: 2025-02 has no day 31/,
    ],
    [
      'dateline in either order',
      () => fromText(`A headline\n\nLONDON, 10/11/2025 — ${text}`),
      null,
      /"10\/11\/2025" \(its dateline\) refused: ambiguous: 2025-11-10 or 2025-10-11/,
    ],
    ['dateline in the pack order', () => fromText(`Un titre\n\nPARIS, 10/11/2025 — ${texte}`), '2025-11-10', null],
    [
      'dateline refused, a JSON date kept',
      () => fromLine(JSON.stringify({ text: `A headline\n\nLONDON, 10/11/2025 — ${text}`, published: '2025-11-10' })),
      '2025-11-10',
      null,
    ],
  ])('%s', (_name, build, published, warning) => {
    const { document, warnings } = build();
    expect(document.published).toBe(published);
    const dated = warnings.filter((w) => w.startsWith('publication date'));
    if (warning === null) expect(dated).toEqual([]);
    else expect(dated.join('\n')).toMatch(warning);
  });
});
