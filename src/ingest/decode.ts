import iconv from 'iconv-lite';

// Bytes -> string. UTF-8 is tried first and strictly; what is not UTF-8 is decoded with the
// charset the input declares, else as Windows-1252 (the superset of Latin-1 that French
// news sites and Word exports use). Legacy text is decoded, never mangled into U+FFFD.

const magic: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

export type Decoded = { text: string; encoding: string };

export function decodeBytes(bytes: Uint8Array, declared: string | null = null): Decoded {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  const binary = binaryKind(bytes);
  if (binary) throw new Error(`binary content (${binary}), not text`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding = usableLabel(declared) ?? usableLabel(sniffHtmlCharset(bytes)) ?? 'windows-1252';
    return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
  }
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return null;
}

// A NUL byte, a known file signature, or many control bytes in the first 8 KB.
function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, signature] of magic) {
    if (signature.every((byte, i) => bytes[i] === byte)) return name;
  }
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return 'NUL bytes';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls += 1;
  }
  return head.length > 0 && controls / head.length > 0.02 ? 'control bytes' : null;
}

// `<meta charset="iso-8859-1">` or `content="text/html; charset=windows-1252"`
function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(head)?.[1] ?? null;
}

// Node's TextDecoder reads windows-1252 as Latin-1 (0x9C becomes a control, not œ), so legacy
// charsets go through iconv-lite. As in browsers, Latin-1 and ASCII labels mean Windows-1252,
// and a page that claims UTF-8 but is not gets the same fallback.
const asWindows1252 = new Set(['latin1', 'iso88591', 'iso885915', 'usascii', 'ascii', 'utf8', 'l1', 'cp819']);

function usableLabel(label: string | null): string | null {
  if (!label) return null;
  const key = label
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (asWindows1252.has(key)) return 'windows-1252';
  return iconv.encodingExists(key) ? key : null;
}
