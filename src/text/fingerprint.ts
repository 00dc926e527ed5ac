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

// FNV-1a, 32 bits, of one shingle (its words joined by single spaces), from `basis`, read in
// place rather than from a joined copy; a second hash from another basis, for h1 + i * h2.
function fnv(words: string[], from: number, basis: number): number {
  let hash = basis;
  for (let w = from; w < from + shingleWords && w < words.length; w += 1) {
    const word = words[w] as string;
    if (w > from) hash = Math.imul(hash ^ 32, 0x01000193);
    for (let i = 0; i < word.length; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

export function fingerprint(text: string): Fingerprint {
  const words = wordsOf(text);
  const signature = new Uint32Array(signatureSize).fill(0xffffffff);
  // A shingle is known by its two hashes (53 bits of them): two different shingles of one text
  // sharing them is a chance of about one in 10^13 for a long article.
  const seen = new Set<number>();
  for (let i = 0; i + shingleWords <= Math.max(words.length, shingleWords); i += 1) {
    if (words.length === 0) continue;
    const h1 = fnv(words, i, 0x811c9dc5);
    const h2 = fnv(words, i, 0x050c5d1f) | 1;
    const key = h1 * 0x200000 + (h2 >>> 11);
    if (seen.has(key)) continue;
    seen.add(key);
    let value = h1;
    for (let k = 0; k < signatureSize; k += 1) {
      if (value < (signature[k] as number)) signature[k] = value;
      value = (value + h2) >>> 0;
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
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let k = 0; k < signatureSize; k += 1) signature[k] = view.getUint32(k * 4, true);
  return { shingles: Number(match[1]), signature };
}
