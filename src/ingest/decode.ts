import iconv from 'iconv-lite';
import { binaryKind, utf16Order } from './sniff-bytes.js';

// Bytes -> string. A byte-order mark decides; else UTF-16 by its pattern of zero bytes; else
// UTF-8, strictly, or with replacement (and a warning) when nearly every multi-byte sequence is
// valid; else the charset the page declares, else Windows-1252 (the superset of Latin-1 that
// French news sites and Word exports use). `--encoding` (forced) overrides all but a BOM.
export type Decoded = { text: string; encoding: string; warning?: string };

export function decodeBytes(bytes: Uint8Array, forced: string | null = null): Decoded {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  if (forced !== null) return decodeAs(bytes, forcedEncoding(forced));
  const order = utf16Order(bytes);
  if (order) return { ...decodeAs(bytes, order), warning: `no byte-order mark: read as ${order.toUpperCase()} from its zero bytes` };
  const binary = binaryKind(bytes);
  if (binary) throw new Error(`binary content (${binary}), not text`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return nearlyUtf8(bytes) ?? decodeAs(bytes, legacyLabel(sniffHtmlCharset(bytes)) ?? 'windows-1252');
  }
}

// The encoding `--encoding LABEL` names, or an error that says what labels look like.
export function forcedEncoding(label: string): string {
  const key = label.trim().toLowerCase();
  if (['utf-8', 'utf8', 'unicode-1-1-utf-8'].includes(key)) return 'utf-8';
  if (['utf-16le', 'utf-16', 'utf16le'].includes(key)) return 'utf-16le';
  if (['utf-16be', 'utf16be'].includes(key)) return 'utf-16be';
  const legacy = legacyLabel(key);
  if (legacy && legacy !== 'utf-8') return legacy;
  throw new Error(`unknown encoding "${label}": give a label such as utf-8, utf-16le, windows-1252 or iso-8859-15`);
}

function decodeAs(bytes: Uint8Array, encoding: string): Decoded {
  if (encoding === 'utf-8') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding };
    } catch {
      const text = new TextDecoder('utf-8').decode(bytes);
      return { text, encoding, warning: invalidWarning(countReplacements(text)) };
    }
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return { text: new TextDecoder(encoding).decode(bytes), encoding };
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

// A file of valid UTF-8 with a few bad bytes (a truncated copy, one Latin-1 character pasted
// in) is UTF-8: read as Windows-1252 every accent would turn into mojibake.
function nearlyUtf8(bytes: Uint8Array): Decoded | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const replaced = countReplacements(text);
  let multibyte = 0;
  for (const char of text) if (char.codePointAt(0)! > 0x7f && char !== '\uFFFD') multibyte += 1;
  return multibyte >= 4 * replaced ? { text, encoding: 'utf-8', warning: invalidWarning(replaced) } : null;
}

// Damaged places, not replaced bytes: a surrogate written in UTF-8 (ED A0 80) or a character
// cut in two decodes to a run of U+FFFD, one mistake however many bytes it spans.
function countReplacements(text: string): number {
  return text.match(/\uFFFD+/g)?.length ?? 0;
}

function invalidWarning(count: number): string {
  return `${count} invalid UTF-8 byte sequence${count === 1 ? '' : 's'} replaced by U+FFFD (give --encoding if the file is not UTF-8)`;
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decodeAs(bytes.subarray(3), 'utf-8');
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return null;
}

// `<meta charset="iso-8859-1">` or `content="text/html; charset=windows-1252"`
function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(head)?.[1] ?? null;
}

// Node's TextDecoder reads windows-1252 as Latin-1 (0x9C becomes a control, not œ), so legacy
// charsets go through iconv-lite. As in browsers, Latin-1 and ASCII labels mean Windows-1252,
// a page that claims UTF-8 but is not gets the same fallback, and a UTF-16 or UTF-32 label on
// a page of 8-bit bytes is ignored.
const asWindows1252 = new Set([
  'windows1252',
  'cp1252',
  'latin1',
  'iso88591',
  'usascii',
  'ascii',
  'utf8',
  'l1',
  'cp819',
  'utf16',
  'utf16le',
  'utf16be',
  'utf32',
  'utf32le',
  'utf32be',
]);

function legacyLabel(label: string | null): string | null {
  if (!label) return null;
  const key = label
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (asWindows1252.has(key)) return 'windows-1252';
  return iconv.encodingExists(key) ? key : null;
}
