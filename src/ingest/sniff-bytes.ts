// What raw bytes are, before any decoding: a known binary format, or UTF-16 without a BOM.

const magic: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

// A NUL byte, a known file signature, or many control bytes in the first 8 KB.
export function binaryKind(bytes: Uint8Array): string | null {
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

// Text in Latin or Vietnamese script written as UTF-16 without a byte-order mark has a zero in
// most of its high bytes, on one side only: "A" is 41 00 in UTF-16LE, 00 41 in UTF-16BE.
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (head.length < 16) return null;
  let [even, odd] = [0, 0];
  for (let i = 0; i < head.length; i += 2) {
    if (head[i] === 0) even += 1;
    if (head[i + 1] === 0) odd += 1;
  }
  const pairs = head.length / 2;
  if (odd >= 0.4 * pairs && even <= 0.02 * pairs) return 'utf-16le';
  if (even >= 0.4 * pairs && odd <= 0.02 * pairs) return 'utf-16be';
  return null;
}
