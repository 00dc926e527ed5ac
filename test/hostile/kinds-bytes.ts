import iconv from 'iconv-lite';
import { article, file, limits, type Kind } from './corpus.js';

// Bytes that are not clean UTF-8 text: nothing, binaries, sizes, encodings, line endings.
const utf16 = (text: string, order: 'le' | 'be', bom: boolean): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1] as number));
  return bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes;
};
const accented = (name: string): string => `Élysée, ${article(name)} Les délégués ont signé à Paris, a déclaré le ministère.`;
const sentences = (name: string, bytes: number): string => {
  const unit = `${article(name).replace('\n\n', ' ')} `;
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
};
// The bytes of a text cut after the first byte of its last accented character.
const cutUtf8 = (text: string): Buffer => {
  const bytes = Buffer.from(text);
  return bytes.subarray(0, bytes.lastIndexOf(0xc3) + 1);
};

export const byteKinds: Kind[] = [
  { name: 'empty file', build: file('empty.txt', ''), expect: [{ skipped: /^empty: no text at all$/ }] },
  { name: 'whitespace only', build: file('blank.txt', ' \n\t\r\n   \n'), expect: [{ skipped: /^empty/ }] },
  { name: 'byte-order mark only', build: file('bom.txt', Buffer.from([0xef, 0xbb, 0xbf])), expect: [{ skipped: /^empty/ }] },
  {
    name: 'PNG header',
    build: file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    expect: [{ skipped: /binary content \(PNG image\)/ }],
  },
  {
    name: 'ZIP header',
    build: file('archive.html', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')])),
    expect: [{ skipped: /binary content \(ZIP archive\)/ }],
  },
  {
    name: 'ELF header',
    build: file('program.md', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0])),
    expect: [{ skipped: /binary content \(ELF executable\)/ }],
  },
  { name: 'PDF header', build: file('paper.txt', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), expect: [{ skipped: /binary content \(PDF\)/ }] },
  {
    name: 'NUL bytes in text',
    build: file('nul.txt', `${article('nul')}\u0000\u0000${article('nul 2')}`),
    expect: [{ skipped: /binary content \(NUL bytes\)/ }],
  },
  {
    name: 'control bytes',
    build: file('controls.txt', '\x01\x02\x03\x04\x05\x06\x07\x08'.repeat(20) + article('controls')),
    expect: [{ skipped: /binary content \(control bytes\)/ }],
  },
  {
    name: 'over --max-bytes',
    build: file('huge.txt', sentences('huge', limits.maxBytes + 1000)),
    expect: [{ skipped: /^too large: 2\.0 MB, over the limit of 2\.0 MB|^too large: 2,001,000 bytes/ }],
  },
  { name: 'exactly --max-bytes', build: file('limit.txt', sentences('limit', limits.maxBytes)), expect: ['stored'] },
  {
    name: 'truncated UTF-8',
    build: file('cut.txt', cutUtf8(accented('cut'))),
    expect: [{ warned: /1 invalid UTF-8 byte sequence replaced/ }],
    holds: 'Les délégués',
  },
  {
    name: 'one Latin-1 byte in UTF-8',
    build: file('one-byte.txt', Buffer.concat([Buffer.from(accented('one byte')), Buffer.from([0xe9]), Buffer.from(' Fin.')])),
    expect: [{ warned: /invalid UTF-8/ }],
    holds: 'Les délégués',
  },
  { name: 'Latin-1', build: file('latin1.txt', iconv.encode(accented('latin 1'), 'latin1')), expect: ['stored'], holds: 'Les délégués ont signé à Paris' },
  {
    name: 'Windows-1252',
    build: file('cp1252.txt', iconv.encode(`${accented('cp1252')} « Œuvre » “quoted” – 5 €`, 'windows-1252')),
    expect: ['stored'],
    holds: '« Œuvre » “quoted” – 5 €',
  },
  { name: 'UTF-16 LE with BOM', build: file('le-bom.txt', utf16(accented('le bom'), 'le', true)), expect: ['stored'], holds: 'Élysée' },
  { name: 'UTF-16 BE with BOM', build: file('be-bom.txt', utf16(accented('be bom'), 'be', true)), expect: ['stored'], holds: 'Élysée' },
  {
    name: 'UTF-16 LE without BOM',
    build: file('le.txt', utf16(accented('le'), 'le', false)),
    expect: [{ warned: /no byte-order mark: read as UTF-16LE/ }],
    holds: 'Élysée',
  },
  {
    name: 'UTF-16 BE without BOM',
    build: file('be.txt', utf16(accented('be'), 'be', false)),
    expect: [{ warned: /no byte-order mark: read as UTF-16BE/ }],
    holds: 'Élysée',
  },
  {
    name: 'UTF-8 with BOM',
    build: file('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(accented('utf8 bom'))])),
    expect: ['stored'],
    holds: 'Élysée',
  },
  {
    name: 'lone surrogate bytes',
    build: file('surrogate.txt', Buffer.concat([Buffer.from(accented('surrogate')), Buffer.from([0xed, 0xa0, 0x80])])),
    expect: [{ warned: /invalid UTF-8/ }],
    holds: 'Les délégués',
  },
  {
    name: 'mixed line endings',
    build: file('endings.txt', `Headline\r\n\r\n${article('endings 1')}\r\r${article('endings 2')}\n\n\rEnd.\r\n`),
    expect: ['stored'],
  },
  { name: 'very long single line', build: file('one-line.txt', sentences('one line', 1_000_000).replace(/\n/g, ' ')), expect: ['stored'] },
  { name: '100k short lines', build: file('lines.txt', `${article('lines')}\n${'Oui.\n'.repeat(100_000)}`), expect: ['stored'] },
  { name: '/dev/zero', build: () => ['/dev/zero'], expect: [{ skipped: /^not a regular file \(a character device\): skipped$/ }] },
];
