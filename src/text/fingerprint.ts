// The fingerprint of an article's text, for telling a wire story carried by many outlets from
// stories written apart: a MinHash signature of its word shingles. Two copies of one dispatch
// (a rewritten lead, a cut tail, another title) share most shingles; two reports of one event
// share few. Estimates, from the signatures alone, how much of the shorter text the longer holds.
export type Fingerprint = { shingles: number; signature: Uint32Array };

const shingleWords = 4;
// Hash functions of the signature; 128 keep the estimate within about 0.09 of the true overlap.
export const signatureSize = 128;

// Words as a reader sees them: letters and digits, lowercased, accents kept.
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

// FNV-1a, 32 bits, of one shingle; a second hash from another basis, for h1 + i * h2.
function fnv(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function fingerprint(text: string): Fingerprint {
  const words = wordsOf(text);
  const signature = new Uint32Array(signatureSize).fill(0xffffffff);
  const seen = new Set<string>();
  for (let i = 0; i + shingleWords <= Math.max(words.length, shingleWords); i += 1) {
    const shingle = words.slice(i, i + shingleWords).join(' ');
    if (shingle === '' || seen.has(shingle)) continue;
    seen.add(shingle);
    const [h1, h2] = [fnv(shingle, 0x811c9dc5), fnv(shingle, 0x050c5d1f) | 1];
    for (let k = 0; k < signatureSize; k += 1) {
      const value = (h1 + Math.imul(k, h2)) >>> 0;
      if (value < (signature[k] as number)) signature[k] = value;
    }
  }
  return { shingles: seen.size, signature };
}

// Estimated Jaccard similarity of the two shingle sets.
export function similarity(a: Fingerprint, b: Fingerprint): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let same = 0;
  for (let k = 0; k < signatureSize; k += 1) if (a.signature[k] === b.signature[k]) same += 1;
  return same / signatureSize;
}

// Estimated share of the shorter text's shingles that the longer holds: a cut copy of a
// dispatch is contained in it even when their Jaccard similarity is low.
export function containment(a: Fingerprint, b: Fingerprint): number {
  const jaccard = similarity(a, b);
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  return Math.min(1, shared / Math.max(1, Math.min(a.shingles, b.shingles)));
}

// Copies of one story: most of the shorter is in the longer, and the shorter is no mere line.
export const copyContainment = 0.6;
export function isNearCopy(a: Fingerprint, b: Fingerprint): boolean {
  return Math.min(a.shingles, b.shingles) >= 20 && containment(a, b) >= copyContainment;
}

// The signature as text, for the database, and back.
export function encodeSignature(print: Fingerprint): string {
  const bytes = Buffer.alloc(signatureSize * 4);
  print.signature.forEach((value, k) => bytes.writeUInt32LE(value, k * 4));
  return `${print.shingles}:${bytes.toString('base64')}`;
}

export function decodeSignature(text: string): Fingerprint | null {
  const match = /^(\d+):([A-Za-z0-9+/=]+)$/.exec(text);
  if (!match) return null;
  const bytes = Buffer.from(match[2] as string, 'base64');
  if (bytes.byteLength !== signatureSize * 4) return null;
  const signature = new Uint32Array(signatureSize);
  for (let k = 0; k < signatureSize; k += 1) signature[k] = bytes.readUInt32LE(k * 4);
  return { shingles: Number(match[1]), signature };
}
