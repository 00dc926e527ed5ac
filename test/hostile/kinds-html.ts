import iconv from 'iconv-lite';
import { article, file, type Kind } from './corpus.js';

// Pages no parser should choke on: broken, deep, huge, lying about their charset, with bad dates.
const paragraphs = (name: string): string =>
  article(name)
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('');
const page = (name: string, head = '', body = paragraphs(name)): string =>
  `<!doctype html><html><head>${head}<title>Page ${name}</title></head><body><article>${body}</article></body></html>`;
const billionLaughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;

export const htmlKinds: Kind[] = [
  { name: 'unclosed tags', build: file('unclosed.html', `<p>${article('unclosed tags')} <b>bold <i>and more`), expect: ['stored'] },
  { name: 'stray closing tags', build: file('stray.html', `</div></span>${paragraphs('stray')}</p></p></body></html></html>`), expect: ['stored'] },
  {
    name: 'attribute never closed',
    build: file('attribute.html', `<p class="x>${article('attribute')}</p>`),
    expect: [{ skipped: /no article text found in the HTML \(an attribute's " quote never closes \(at character 0\)/ }],
  },
  { name: 'tag never closed', build: file('tag.html', `${paragraphs('tag')}<div class="end"`), expect: ['stored'] },
  { name: 'misnested formatting', build: file('misnested.html', `<p><b><i>${article('misnested')}</b></i></p><table><p>cell</table>`), expect: ['stored'] },
  {
    name: '5,000 nested div',
    build: file('deep.html', `${'<div>'.repeat(5000)}${paragraphs('deep')}${'</div>'.repeat(5000)}`),
    expect: [{ warned: /nested 5001 levels deep/ }],
  },
  {
    name: '50,000 nested div never closed',
    build: file('deeper.html', `<html><body>${'<div>'.repeat(50_000)}${paragraphs('deeper')}`),
    expect: [{ warned: /levels deep/ }],
  },
  { name: '150,000 empty spans', build: file('wide.html', `${paragraphs('wide')}${'<span></span>'.repeat(150_000)}`), expect: [{ warned: /150002 elements/ }] },
  {
    name: 'head never closed, body never opened',
    build: file('no-body.html', `<html><head><meta charset="utf-8"><title>No body</title>${paragraphs('no body')}`),
    expect: ['stored'],
    holds: 'The delegates met again on Tuesday',
  },
  {
    name: 'only scripts',
    build: file('scripts.html', `<html><head><script>var a = "${article('scripts')}";</script></head><body><script>document.write(1)</script></body></html>`),
    expect: [{ skipped: /^no article text found in the HTML \(the page has no text outside its head, scripts and styles\)$/ }],
  },
  {
    name: 'comment never closed',
    build: file('comment.html', `<!--d<body>${paragraphs('comment')}`),
    expect: [{ skipped: /comment opened with <!-- never closes/ }],
  },
  {
    name: 'a 1 MB attribute',
    build: file('big-attribute.html', page('big attribute', `<meta name="description" content="${'x'.repeat(1_000_000)}">`)),
    expect: ['stored'],
  },
  {
    name: '100,000 entities',
    build: file('entities.html', page('entities', '', `${paragraphs('entities')}<p>${'&amp;&eacute;&#233;&#x2014;&bogus;'.repeat(20_000)}</p>`)),
    expect: ['stored'],
  },
  { name: 'billion laughs', build: file('laughs.html', `${billionLaughs}${page('laughs', '', `${paragraphs('laughs')}<p>&lol9;</p>`)}`), expect: ['stored'] },
  {
    name: 'charset says UTF-16, bytes are 8-bit',
    build: file('utf16-lie.html', iconv.encode(page('utf16 lie éà', '<meta charset="utf-16">'), 'latin1')),
    expect: ['stored'],
    holds: 'Page utf16 lie éà',
  },
  {
    name: 'charset says Latin-1, bytes are UTF-8',
    build: file('latin1-lie.html', page('latin1 lie éà', '<meta charset="iso-8859-1">')),
    expect: ['stored'],
    holds: 'Page latin1 lie éà',
  },
  { name: 'charset unknown', build: file('klingon.html', page('klingon', '<meta charset="x-klingon">')), expect: ['stored'] },
  { name: 'a title full of controls', build: file('title.html', page('title').replace('<title>', '<title>\x1b]0;pwned\x07 \u202e')), expect: ['stored'] },
  { name: 'text with no markup around it', build: file('bare.html', `<!doctype html>${article('bare')}`), expect: ['stored'] },
  { name: 'a fragment', build: file('fragment.htm', paragraphs('fragment')), expect: ['stored'] },
  {
    name: 'SVG and MathML inside',
    build: file('foreign.html', page('foreign', '', `<svg><foreignObject><p>x</svg>${paragraphs('foreign')}<math><mi>x</math>`)),
    expect: ['stored'],
  },
  {
    name: 'a junk meta date',
    build: file('date.html', page('date', '<meta property="article:published_time" content="page 5">')),
    expect: [{ warned: /publication date "page 5" \(the page's meta article:published_time\) refused/ }],
  },
  {
    name: 'a 31 February <time>',
    build: file('time.html', page('time', '', `<time datetime="2025-02-31">31</time>${paragraphs('time')}`)),
    expect: [{ warned: /2025-02 has no day 31/ }],
  },
  {
    name: 'JSON-LD broken',
    build: file('json-ld.html', page('json ld', '<script type="application/ld+json">{"datePublished": "2025-02-11",</script>')),
    expect: ['stored'],
  },
  {
    name: 'a picture named with %',
    build: file(
      'percent.html',
      page('percent', '', `<figure><img src="photo%E9%zz%.jpg"><figcaption>Delegates (Photo: AFP)</figcaption></figure>${paragraphs('percent')}`),
    ),
    expect: ['stored'],
  },
];
