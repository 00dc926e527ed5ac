// Name normalisation of the scoring rules: NFKD without combining marks (`đ` -> `d`), lower
// case, typographic apostrophes and quotes made plain, dots removed, hyphens, underscores and
// runs of spaces -> one space. "J.D. Vance" -> "jd vance"; "Bùi Hoàng Phương" -> "bui hoang phuong".
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[“”«»„‟]/g, '"')
    .replace(/\./g, '')
    .replace(/[-_‐-―\s]+/g, ' ')
    .trim();
}

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
  const x = normalizeName(a);
  const y = normalizeName(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function words(name: string): string[] {
  return normalizeName(name).split(' ').filter(Boolean);
}
