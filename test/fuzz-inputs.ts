import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { byteMutation, textMutation } from './fuzz-mutations.js';

// Generated inputs for the ingest fuzz (test/fuzz.test.ts, `npm run fuzz`): our own articles of
// test/corpus, as text, as real-looking HTML or as JSON Lines, cut, mutated and encoded.
export type FuzzInput = { name: string; kind: 'text' | 'html' | 'sniff'; bytes: Buffer };

const corpus = join(import.meta.dirname, 'corpus');
export const articles = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(corpus, name), 'utf8'));

const encodings = ['utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'windows-1252', 'latin1', 'utf-16le', 'utf-16le-bom', 'utf-16be-bom'] as const;

function encode(text: string, encoding: (typeof encodings)[number]): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf-16be-bom') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  return iconv.encode(text, encoding);
}

// An article as a page: head with meta tags (some of them junk), paragraphs, a figure.
function asPage(text: string, published: string): string {
  const [title, ...rest] = text.split(/\n\s*\n/);
  const body = rest
    .map((p, i) => (i === 1 ? `<figure><img src="p.jpg"><figcaption>${p.slice(0, 60)}</figcaption></figure><p>${p}</p>` : `<p>${p}</p>`))
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="article:published_time" content="${published}"><script>var x = "<p>";</script></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${body}</article><footer>© 2025</footer></body></html>`;
}

// JSON Lines as standard input carries them: the article as text, then as a page.
function asLines(text: string, published: string): string {
  return `${JSON.stringify({ text, published, title: text.slice(0, 40) })}\n${JSON.stringify({ html: asPage(text, published), published: [published] })}\n`;
}

export const fuzzInput: fc.Arbitrary<FuzzInput> = fc
  .record({
    article: fc.nat({ max: articles.length - 1 }),
    length: fc.noBias(fc.integer({ min: 0, max: 2500 })),
    shape: fc.constantFrom('text', 'html', 'html', 'sniff', 'jsonl'),
    published: fc.constantFrom('2025-02-11T10:00:00+01:00', '-1', 'page 5', '2025-02-31', '10/11/2025', 'Tue, 11 Feb 2025 23:30:00 -0500', '2025'),
    text: fc.array(textMutation, { maxLength: 5 }),
    encoding: fc.constantFrom(...encodings),
    bytes: fc.array(byteMutation, { maxLength: 3 }),
  })
  .map((r) => {
    const base = (articles[r.article] as string).slice(0, r.length);
    const shaped = r.shape === 'text' ? base : r.shape === 'jsonl' ? asLines(base, r.published) : asPage(base, r.published);
    const text = r.text.reduce((t, mutate) => mutate(t), shaped);
    const bytes = r.bytes.reduce((b, mutate) => mutate(b), encode(text, r.encoding));
    const kind = r.shape === 'sniff' || r.shape === 'jsonl' ? 'sniff' : r.shape === 'text' ? 'text' : 'html';
    return { name: `article ${r.article}, ${r.length} chars, ${r.shape}, ${r.encoding}, ${r.text.length}+${r.bytes.length} mutations`, kind, bytes };
  });
