import { containment, decodeSignature, isNearCopy, type Fingerprint } from '../text/index.js';

// The clustering arithmetic shared by the backends (each backend's clusters.ts keeps the tables):
// a document joins the cluster of the earliest stored document its text nearly copies, else it
// is a cluster of its own. Candidates come from LSH bands of the MinHash signature, so a save
// reads a few rows, not every stored text; each candidate is confirmed by the signatures.

// 42 bands of 3 hashes (126 of the 128): two texts whose shingle sets have a Jaccard similarity
// of 0.5 share a band with a probability of 0.99, of 0.3 (a reworked dispatch) with 0.68, of 0.05
// (two reports of one summit) with 0.005. 32 bands of 4 found a reworked dispatch one time in four.
const bands = 42;
const rows = 3;

// A copy that credits the same wire agency may be cut or reworded more: "PARIS (AFP) -" in both
// and 45% of the shorter text in the longer is one dispatch, not two stories on one event.
const sameWireContainment = 0.45;

export type ClusterCandidate = { documentId: string; cluster: string; signature: string; wires: string; seq: number };

// `3:9f0c...`: the band's number and its hashes, as the index keeps them.
export function bandKeys(print: Fingerprint): string[] {
  if (print.shingles === 0) return [];
  const keys: string[] = [];
  for (let band = 0; band < bands; band += 1) {
    const part = [...print.signature.subarray(band * rows, band * rows + rows)].map((v) => v.toString(16).padStart(8, '0')).join('');
    keys.push(`${band}:${part}`);
  }
  return keys;
}

export function wiresText(wires: string[] | undefined): string {
  return [...new Set(wires ?? [])].sort().join(' ');
}

// The cluster a new text joins: the earliest stored confirmed candidate's, else null (its own).
export function clusterOf(print: Fingerprint, wires: string, candidates: ClusterCandidate[]): string | null {
  const own = new Set(wires.split(' ').filter(Boolean));
  const ordered = [...candidates].sort((a, b) => a.seq - b.seq);
  for (const candidate of ordered) {
    const other = decodeSignature(candidate.signature);
    if (other === null) continue;
    if (isNearCopy(print, other)) return candidate.cluster;
    const sharesWire = candidate.wires.split(' ').some((w) => w !== '' && own.has(w));
    if (sharesWire && Math.min(print.shingles, other.shingles) >= 20 && containment(print, other) >= sameWireContainment) return candidate.cluster;
  }
  return null;
}
