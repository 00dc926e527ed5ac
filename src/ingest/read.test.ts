import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isFailure, type Article, type Failure } from './article.js';
import { listInputs } from './inputs.js';
import { readInput, type ReadOptions } from './read.js';

const options: ReadOptions = {
  maxBytes: 2000,
  pageWords: {
    creditMarkers: ['Photo'],
    creditLinks: ['by', 'de'],
    bylineOpeners: ['By', 'Par'],
    bylinePrefixes: ['by', 'par', 'de', 'theo', 'bởi'],
    nameParticles: ['de', 'van', 'von'],
  },
};
const folder = mkdtempSync(join(tmpdir(), 'accord-read-'));

async function readFile(name: string, content: string | Buffer): Promise<(Article | Failure)[]> {
  const path = join(folder, name);
  writeFileSync(path, content);
  const { inputs } = await listInputs([path]);
  const items: (Article | Failure)[] = [];
  for (const input of inputs) for await (const item of readInput(input, options)) items.push(item);
  return items;
}

const summary = (item: Article | Failure): string =>
  isFailure(item)
    ? `failed ${item.source.label.replace(folder, '')}: ${item.error}`
    : `${item.format} ${item.source.key?.replace(folder, '')}: ${item.text.slice(0, 24)}`;

describe('readInput', () => {
  it.each<[string, string | Buffer, string[]]>([
    ['a.txt', 'Titre\n\nLe sommet de Paris a ouvert lundi.', ['text /a.txt: Titre\n\nLe sommet de Pari']],
    ['empty.txt', '', ['failed /empty.txt: empty: no text at all']],
    ['blank.md', '  \n\t\n', ['failed /blank.md: empty: no text at all']],
    ['only-caption.txt', 'photo.jpg\n\nUne légende. Photo : AFP', ['failed /only-caption.txt: empty: no body text once captions are set apart']],
    ['big.txt', 'x'.repeat(2001), ['failed /big.txt: too large: 2001 bytes, over the limit of 2000 bytes (raise it with --max-bytes)']],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), ['failed /image.txt: binary content (PNG image), not text']],
    ['nav.html', '<html><body><nav>Menu</nav></body></html>', ['failed /nav.html: no article text found in the HTML']],
    ['no-extension', '<!doctype html><p>Une page sans extension, lue comme HTML.</p>', ['html /no-extension: Une page sans extension,']],
    [
      'feed.jsonl',
      [
        '{"url":"https://example.org/a","text":"Premier article du flux.","lang":"fr","published":"2025-02-11T08:00:00Z"}',
        '',
        '{"url": "https://example.org/b", "text": ',
        '{"title":"Sans texte"}',
        '["not", "an", "object"]',
        `{"text":"${'y'.repeat(2100)}"}`,
        '{"html":"<p>Second article, en HTML.</p>"}',
      ].join('\n'),
      [
        'jsonl https://example.org/a: Premier article du flux.',
        'failed /feed.jsonl:3: malformed JSON: Unexpected end of JSON input',
        'failed /feed.jsonl:4: not an article record: line needs a "text" or "html" field',
        'failed /feed.jsonl:5: not an article record: line Invalid input: expected object, received array',
        'failed /feed.jsonl:6: too large: 2111 bytes, over the limit of 2000 bytes (raise it with --max-bytes)',
        'jsonl /feed.jsonl:7: Second article, en HTML.',
      ],
    ],
    ['latin.jsonl', Buffer.from('{"text":"D\xe9j\xe0"}\n', 'latin1'), ['failed /latin.jsonl:1: not valid UTF-8 (JSON Lines must be UTF-8)']],
    ['empty.jsonl', '\n\n', ['failed /empty.jsonl: empty: no JSON lines']],
  ])('%s', async (name, content, expected) => {
    expect((await readFile(name, content)).map(summary)).toEqual(expected);
  });

  it('keeps JSON Lines metadata', async () => {
    const [item] = await readFile(
      'meta.jsonl',
      '{"url":"https://example.org/c","title":"Un titre","text":"Un texte.","lang":"fr","published":"2025-02-11T08:00:00Z"}',
    );
    expect(item).toMatchObject({ title: 'Un titre', url: 'https://example.org/c', published: '2025-02-11', langHint: 'fr', format: 'jsonl' });
  });

  it('reads standard input, as text or as JSON Lines', async () => {
    const read = async (content: string) => {
      const items: (Article | Failure)[] = [];
      for await (const item of readInput({ path: '-', label: 'stdin', kind: 'sniff' }, { ...options, stdin: Readable.from([Buffer.from(content)]) }))
        items.push(item);
      return items.map(summary);
    };
    expect(await read('Un article lu sur stdin.')).toEqual(['text undefined: Un article lu sur stdin.']);
    expect(await read('{"text":"Ligne un."}\n{"text":"Ligne deux."}\n')).toEqual(['jsonl undefined: Ligne un.', 'jsonl undefined: Ligne deux.']);
  });

  it('names missing paths', async () => {
    expect((await listInputs([join(folder, 'missing.txt')])).unreadable).toEqual([
      { label: join(folder, 'missing.txt'), error: 'cannot read: no such file or directory' },
    ]);
  });
});
