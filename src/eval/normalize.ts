import { nameKey } from '../model/index.js';

// The scoring rules' name normalisation is the knowledge base's own (model/entity.ts):
// "J.D. Vance" -> "jd vance"; "Bùi Hoàng Phương" -> "bui hoang phuong".
export { nameKey as normalizeName };

// Word lists equal, or one a contiguous run of the other: "Vance" ~ "JD Vance".
export function isSameName(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  for (let i = 0; i + short.length <= long.length; i += 1) {
    if (short.every((word, j) => word === long[i + j])) return true;
  }
  return false;
}

// Normalised strings equal or one containing the other: "Current AI" ~ "l'initiative Current AI".
export function isContained(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function words(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}
