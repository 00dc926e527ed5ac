import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';

const french = 'Le délégué a dit « œuvre » à Genève — déjà été.';
// Windows-1252 bytes of `french`, written out so the test does not depend on an encoder.
const cp1252 = Buffer.from([
  ...Buffer.from('Le d', 'latin1'),
  0xe9,
  ...Buffer.from('l', 'latin1'),
  0xe9,
  ...Buffer.from('gu', 'latin1'),
  0xe9,
  ...Buffer.from(' a dit ', 'latin1'),
  0xab,
  0x20,
  0x9c,
  ...Buffer.from('uvre ', 'latin1'),
  0xbb,
  ...Buffer.from(' ', 'latin1'),
  0xe0,
  ...Buffer.from(' Gen', 'latin1'),
  0xe8,
  ...Buffer.from('ve ', 'latin1'),
  0x97,
  ...Buffer.from(' d', 'latin1'),
  0xe9,
  ...Buffer.from('j', 'latin1'),
  0xe0,
  0x20,
  0xe9,
  ...Buffer.from('t', 'latin1'),
  0xe9,
  0x2e,
]);

describe('decodeBytes', () => {
  it.each<[string, Uint8Array, string | null, string, string]>([
    ['UTF-8', Buffer.from(french, 'utf8'), null, french, 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(french)]), null, french, 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(french, 'utf16le')]), null, french, 'utf-16le'],
    ['Windows-1252 without declaration', cp1252, null, french, 'windows-1252'],
    ['Windows-1252 with a declared label', cp1252, 'latin1', french, 'windows-1252'],
    [
      'Latin-1 page declaring its charset',
      Buffer.from('<meta charset="iso-8859-1"><p>Déjà</p>', 'latin1'),
      null,
      '<meta charset="iso-8859-1"><p>Déjà</p>',
      'windows-1252',
    ],
    ['Vietnamese UTF-8', Buffer.from('Hội nghị thượng đỉnh về trí tuệ nhân tạo', 'utf8'), null, 'Hội nghị thượng đỉnh về trí tuệ nhân tạo', 'utf-8'],
    [
      'a UTF-16 label on an 8-bit page is ignored, as browsers do',
      Buffer.from('<meta charset="utf-16"><p>Déjà</p>', 'latin1'),
      null,
      '<meta charset="utf-16"><p>Déjà</p>',
      'windows-1252',
    ],
    ['Windows-1252 forced', cp1252, 'windows-1252', french, 'windows-1252'],
  ])('%s', (_name, bytes, forced, text, encoding) => {
    expect(decodeBytes(bytes, forced)).toEqual({ text, encoding });
  });

  // Invalid bytes in UTF-8 text, and UTF-16 without a byte-order mark: decoded, with a warning.
  it.each<[string, Uint8Array, string | null, string, string, RegExp]>([
    [
      'one invalid byte in UTF-8',
      Buffer.concat([Buffer.from('Genève, déjà, été: '), Buffer.from([0xff]), Buffer.from(' fin')]),
      null,
      'Genève, déjà, été: \uFFFD fin',
      'utf-8',
      /1 invalid UTF-8 byte sequence replaced/,
    ],
    [
      'a surrogate written in UTF-8: three bytes, one mistake',
      Buffer.concat([Buffer.from('Genève, déjà, été: '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' fin')]),
      null,
      'Genève, déjà, été: \uFFFD\uFFFD\uFFFD fin',
      'utf-8',
      /1 invalid UTF-8 byte sequence replaced/,
    ],
    ['UTF-8 forced on a Latin-1 file', cp1252, 'utf-8', new TextDecoder().decode(cp1252), 'utf-8', /invalid UTF-8 byte sequences replaced/],
    ['UTF-16LE without BOM', Buffer.from(french, 'utf16le'), null, french, 'utf-16le', /no byte-order mark: read as UTF-16LE/],
    ['UTF-16BE without BOM', Buffer.from(french, 'utf16le').swap16(), null, french, 'utf-16be', /no byte-order mark: read as UTF-16BE/],
  ])('%s', (_name, bytes, forced, text, encoding, warning) => {
    const decoded = decodeBytes(bytes, forced);
    expect({ text: decoded.text, encoding: decoded.encoding }).toEqual({ text, encoding });
    expect(decoded.warning).toMatch(warning);
  });

  it('UTF-16LE forced on a file without BOM', () => {
    expect(decodeBytes(Buffer.from('Hội nghị', 'utf16le'), 'utf-16le')).toEqual({ text: 'Hội nghị', encoding: 'utf-16le' });
  });

  it('refuses an unknown --encoding label, naming it', () => {
    expect(() => decodeBytes(cp1252, 'x-klingon')).toThrow(/unknown encoding "x-klingon"/);
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /binary content \(PNG image\)/],
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ', 'latin1'), /binary content \(PDF\)/],
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42, 0x43]), /binary content \(NUL bytes\)/],
    ['control bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /binary content \(control bytes\)/],
  ])('refuses %s', (_name, bytes, message) => {
    expect(() => decodeBytes(bytes)).toThrow(message);
  });
});
