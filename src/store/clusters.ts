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
// `rejected`: the candidates (by document) already found no copy of this text, skipped and added to.
export function clusterOf(print: Fingerprint, wires: string, candidates: ClusterCandidate[], rejected = new Set<string>()): string | null {
  const own = new Set(wires.split(' ').filter(Boolean));
  const ordered = [...candidates].sort((a, b) => a.seq - b.seq);
  for (const candidate of ordered) {
    if (rejected.has(candidate.documentId)) continue;
    const other = signatureOf(candidate.signature);
    if (other !== null) {
      if (isNearCopy(print, other)) return candidate.cluster;
      const sharesWire = candidate.wires.split(' ').some((w) => w !== '' && own.has(w));
      if (sharesWire && Math.min(print.shingles, other.shingles) >= 20 && containment(print, other) >= sameWireContainment) return candidate.cluster;
    }
    rejected.add(candidate.documentId);
  }
  return null;
}

// The earliest documents of a story are every later copy's candidates: their signatures are
// decoded once, not once for each document that meets them (a bounded memo).
const decoded = new Map<string, Fingerprint | null>();
function signatureOf(text: string): Fingerprint | null {
  let print = decoded.get(text);
  if (print === undefined) {
    if (decoded.size >= 20_000) decoded.clear();
    print = decodeSignature(text);
    decoded.set(text, print);
  }
  return print;
}

// A save reads, for each of its bands, the `hitsPerBand` earliest stored documents sharing it
// (the (key, seq) index), not every copy of the story. Those hits vouch for every document
// stored up to the bound: the smallest last seq of a band with more to read. Up to it, the
// candidates are exactly the earliest a full read would give; when none of them is confirmed,
// the bands that set the bound read on, until a cluster is found or no band has more.
export const hitsPerBand = 8;
export const maxCandidates = 500;
export type BandHit = { seq: number; documentId: string };

export class EarliestSharing {
  private readonly bands = new Map<string, { hits: BandHit[]; done: boolean }>();

  constructor(
    keys: string[],
    private readonly except: string,
  ) {
    for (const key of keys) this.bands.set(key, { hits: [], done: false });
  }

  // The bands to read next, each after its last hit read.
  wanted(): { key: string; after: number }[] {
    const bound = this.bound();
    const open = [...this.bands].filter(([, b]) => !b.done && (b.hits.at(-1)?.seq ?? 0) <= bound);
    return open.map(([key, b]) => ({ key, after: b.hits.at(-1)?.seq ?? 0 }));
  }

  add(key: string, hits: BandHit[]): void {
    const band = this.bands.get(key);
    if (!band) return;
    band.hits.push(...hits);
    if (hits.length < hitsPerBand) band.done = true;
  }

  complete(): boolean {
    return [...this.bands.values()].every((b) => b.done);
  }

  // The candidates vouched for, with their seq.
  candidates(): Map<string, number> {
    const bound = this.bound();
    const ids = new Map<string, number>();
    for (const band of this.bands.values())
      for (const hit of band.hits) if (hit.seq <= bound && hit.documentId !== this.except) ids.set(hit.documentId, hit.seq);
    return ids;
  }

  private bound(): number {
    let bound = Infinity;
    for (const band of this.bands.values()) if (!band.done) bound = Math.min(bound, band.hits.at(-1)?.seq ?? 0);
    return bound;
  }
}

// The cluster from the vouched candidates: a cluster, null (its own), or undefined when the
// bands must read on (no confirmed candidate yet, fewer than a full read's, bands not done).
// `rejected`: kept by the caller from one read to the next, so that a candidate is tried once
// (its verdict on this text does not change).
export function clusterFromEarliest(
  print: Fingerprint,
  wires: string,
  candidates: ClusterCandidate[],
  complete: boolean,
  rejected = new Set<string>(),
): string | null | undefined {
  const ordered = [...candidates].sort((a, b) => a.seq - b.seq).slice(0, maxCandidates);
  const cluster = clusterOf(print, wires, ordered, rejected);
  if (cluster !== null || complete || ordered.length >= maxCandidates) return cluster;
  return undefined;
}
