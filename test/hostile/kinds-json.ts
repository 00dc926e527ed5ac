import { article, file, limits, type Kind } from './corpus.js';

// JSON Lines that are broken, of the wrong shape, or carry dates that are no dates.
const line = (value: unknown): string => `${JSON.stringify(value)}\n`;
const record = (name: string, extra: Record<string, unknown> = {}): string => line({ text: article(name), ...extra });

export const jsonKinds: Kind[] = [
  { name: 'malformed JSON', build: file('broken.jsonl', `{"text": "${article('broken').replace(/\n/g, ' ')}",\n`), expect: [{ skipped: /^malformed JSON: / }] },
  {
    name: 'a JSON array',
    build: file('array.jsonl', line([article('array')])),
    expect: [{ skipped: /^not an article record: line Invalid input: expected object, received array$/ }],
  },
  { name: 'text of the wrong type', build: file('number.jsonl', line({ text: 42 })), expect: [{ skipped: /^not an article record: text / }] },
  {
    name: 'title of the wrong type',
    build: file('title.jsonl', record('title type', { title: ['a', 'b'] })),
    expect: [{ skipped: /^not an article record: title / }],
  },
  { name: 'no text and no html', build: file('none.jsonl', line({ title: 'Only a title' })), expect: [{ skipped: /needs a "text" or "html" field/ }] },
  { name: 'empty text', build: file('empty.jsonl', line({ text: '   ' })), expect: [{ skipped: /^empty: no text at all$/ }] },
  {
    name: 'one bad line among good',
    build: file('mixed.jsonl', `${record('mixed 1')}{"text": oops}\n${record('mixed 3')}\n\n${record('mixed 4')}`),
    expect: ['stored', { skipped: /^malformed JSON/ }, 'stored', 'stored'],
  },
  { name: 'blank lines only', build: file('blank.jsonl', '\n \n\t\n'), expect: [{ skipped: /^empty: no JSON lines$/ }] },
  {
    name: 'invalid UTF-8 in a line',
    build: file(
      'latin1.jsonl',
      Buffer.concat([Buffer.from('{"text": "D'), Buffer.from([0xe9]), Buffer.from(`l ${article('latin line').replace(/\n/g, ' ')}"}\n`)]),
    ),
    expect: [{ skipped: /^not valid UTF-8/ }],
  },
  {
    name: 'a line over --max-bytes',
    build: file('long.jsonl', `${record('long 1')}${line({ text: 'x'.repeat(limits.maxBytes + 10) })}${record('long 3')}`),
    expect: ['stored', { skipped: /^too large/ }, 'stored'],
  },
  { name: 'CRLF line endings', build: file('crlf.jsonl', `${record('crlf 1').trim()}\r\n${record('crlf 2').trim()}\r\n`), expect: ['stored', 'stored'] },
  {
    name: 'hostile HTML in a line',
    build: file('html.jsonl', line({ html: `<!--x<p>${article('html line')}</p>` }) + line({ html: `${'<b>'.repeat(3000)}${article('deep line')}` })),
    expect: [{ skipped: /never closes/ }, { warned: /levels deep/ }],
  },
  {
    name: 'a junk published',
    build: file('junk-date.jsonl', record('junk date', { published: 'page 5' })),
    expect: [{ warned: /publication date "page 5" \(the JSON line's "published"\) refused: not a date/ }],
  },
  { name: 'published -1', build: file('minus.jsonl', record('minus', { published: '-1' })), expect: [{ warned: /"-1" .* refused/ }] },
  { name: 'published x 2025', build: file('x-2025.jsonl', record('x 2025', { published: 'x 2025' })), expect: [{ warned: /"x 2025" .* refused/ }] },
  { name: 'published 31 February', build: file('feb.jsonl', record('feb', { published: '2025-02-31' })), expect: [{ warned: /2025-02 has no day 31/ }] },
  { name: 'published month 13', build: file('month.jsonl', record('month', { published: '2025-13-01' })), expect: [{ warned: /there is no month 13/ }] },
  {
    name: 'published in figures, either order',
    build: file('us.jsonl', record('us date', { published: '10/11/2025' })),
    expect: [{ warned: /ambiguous: 2025-11-10 or 2025-10-11/ }],
  },
  {
    name: 'published as a number',
    build: file('epoch.jsonl', record('epoch', { published: 1739260800 })),
    expect: [{ warned: /a JSON number, not a date written as text/ }],
  },
  {
    name: 'published partial and with an offset',
    build: file('good-dates.jsonl', record('year', { published: '2025' }) + record('offset', { published: '2025-02-10T23:30:00-05:00' })),
    expect: ['stored', 'stored'],
  },
  { name: 'a url that is no URL', build: file('url.jsonl', record('url', { url: 'ht!tp://%%%/\u0000' })), expect: ['stored'] },
];
