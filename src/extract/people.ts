import { foldKey, type LangPack } from '../text/index.js';
import type { Person } from './persons.js';

// Within one document, later mentions name the same person more briefly: "M. Macron" and
// "Macron" after "Emmanuel Macron"; "ông Phương" after "Bùi Hoàng Phương"; "Vance" after
// "JD Vance". Returns the full name when exactly one earlier full name fits.
export function nameResolver(persons: Person[], pack: LangPack): (name: string) => string {
  const full = [...new Set(persons.map((p) => p.name).filter((n) => n.split(' ').length >= 2))];
  const memo = new Map<string, string>();
  return (name: string): string => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const resolved = resolveName(name, full, pack);
    memo.set(name, resolved);
    return resolved;
  };
}

function resolveName(name: string, full: string[], pack: LangPack): string {
  const key = foldKey(name).replace(/\s+/g, ' ');
  const words = key.split(' ');
  if (full.some((f) => foldKey(f) === key)) return name;
  const fits = full.filter((candidate) => {
    const parts = foldKey(candidate).split(' ');
    const tail = parts.slice(-words.length).join(' ');
    return tail === key || (pack.short_name === 'family' && parts.join(' ').endsWith(` ${key}`));
  });
  if (fits.length === 1) return fits[0] as string;
  // Korean, Chinese and Vietnamese names put the family first: "Park" after "Park Min-jae".
  const byFirst = words.length === 1 ? full.filter((candidate) => foldKey(candidate).split(' ')[0] === key) : [];
  if (fits.length === 0 && byFirst.length === 1) return byFirst[0] as string;
  // A misspelt family name, one letter off, when only one full name comes that close: "Parmelia" for "Guy Parmelin".
  const misspelt =
    fits.length === 0 && byFirst.length === 0 && words.length === 1 && key.length >= 6
      ? full.filter((f) => isOneOff(key, foldKey(f).split(' ').at(-1) ?? ''))
      : [];
  return misspelt.length === 1 ? (misspelt[0] as string) : name;
}

// One letter replaced, added or dropped, the first letter kept.
function isOneOff(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 1 || a === b) return false;
  let [i, j, edits] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) [i, j] = [i + 1, j + 1];
    else {
      edits += 1;
      if (a.length > b.length) i += 1;
      else if (b.length > a.length) j += 1;
      else [i, j] = [i + 1, j + 1];
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

// One entry per person, keeping the first role, country and organisation the text gives.
export function mergePersons<T extends Person>(persons: T[], resolve: (name: string) => string): T[] {
  const byName = new Map<string, T>();
  for (const person of persons) {
    const name = resolve(person.name);
    const known = byName.get(name);
    if (!known) byName.set(name, { ...person, name });
    else
      byName.set(name, {
        ...known,
        role: known.role ?? person.role,
        country: known.country ?? person.country,
        organization: known.organization ?? person.organization,
      });
  }
  return [...byName.values()];
}
