import type { Entity } from '../model/index.js';
import type { Kb } from '../query/index.js';
import { markup, type Html } from './markup.js';
import type { Locale } from './i18n/index.js';

// Where each kind of entity has its page: country:FR -> /countries/FR.
const paths: Record<Entity['kind'], string> = {
  country: 'countries',
  person: 'people',
  organization: 'organizations',
  event: 'events',
  declaration: 'declarations',
  initiative: 'initiatives',
  city: 'cities',
};

export const pathKinds = Object.fromEntries(Object.entries(paths).map(([kind, path]) => [path, kind as Entity['kind']])) as Record<string, Entity['kind']>;

// Parties are ISO codes ('FR', 'EU') or full ids ('organization:african-union-commission').
export function partyId(party: string): string {
  return party.includes(':') ? party : `country:${party}`;
}

export function entityHref(id: string): string | null {
  const [kind, key] = id.split(':', 2) as [string, string | undefined];
  const path = paths[kind as Entity['kind']];
  return path && key ? `/${path}/${encodeURIComponent(key)}` : null;
}

// The name a reader knows in their language: the first short name the gazetteer gives in that
// language ("Déclaration de Paris sur l'IA" rather than the 90-letter official title).
export function entityName(kb: Kb, id: string, locale: Locale): string {
  const entity = kb.resolver.entity(id);
  if (!entity) return id.replace(/^country:/, '');
  const name = entity.names[locale]?.find((n) => n.length <= 48) ?? entity.label;
  // Gazetteers keep running-text forms ("sommet de Genève sur l'IA"); a name on its own starts
  // with a capital.
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

// The full official name, when it differs from the short one.
export function officialName(kb: Kb, id: string, locale: Locale): string | null {
  const first = kb.resolver.entity(id)?.names[locale]?.[0];
  return first && first !== entityName(kb, id, locale) ? first : null;
}

// A link to the entity's page, or its name alone when Accord has no page for it.
export function entityLink(kb: Kb, id: string, locale: Locale): Html {
  const href = kb.resolver.entity(id) ? entityHref(id) : null;
  const name = entityName(kb, id, locale);
  return href ? markup`<a href="${href}">${name}</a>` : markup`${name}`;
}
