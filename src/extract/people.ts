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
  return fits.length === 0 && byFirst.length === 1 ? (byFirst[0] as string) : name;
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
