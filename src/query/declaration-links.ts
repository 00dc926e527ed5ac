import type { Lexicon } from '../extract/index.js';
import type { DeclarationLinks } from '../kb/index.js';
import { nameKey } from '../model/index.js';

// What an event's or a city's name stands for when a declaration is asked for
// (`signatories Paris`, `compare "Bletchley Declaration" Paris`): the declarations the event
// adopted, in gazetteer order (its main declaration first); for a city, those of the events held
// there, summit editions first.
export function declarationLinks(lexicon: Lexicon): DeclarationLinks {
  const links = new Map<string, string[]>();
  const push = (id: string, declaration: string): void => {
    const known = links.get(id) ?? [];
    if (!known.includes(declaration)) links.set(id, [...known, declaration]);
  };
  const cities = new Map<string, string[]>();
  for (const entity of lexicon.entities.values())
    if (entity.kind === 'city')
      for (const name of [entity.label, ...Object.values(entity.names).flat()]) cities.set(nameKey(name), [...(cities.get(nameKey(name)) ?? []), entity.id]);
  const adopted = [...lexicon.labels.entries()].filter(([id, label]) => id.startsWith('declaration:') && label.event);
  const events = [...lexicon.labels.entries()].filter(([id]) => id.startsWith('event:'));
  // Editions of a series before the meetings around them, so "Paris" is the Paris summit's.
  events.sort(([, a], [, b]) => Number(b.edition !== null) - Number(a.edition !== null));
  for (const [event, label] of events) {
    const own = adopted.filter(([, d]) => `event:${d.event}` === event).map(([id]) => id);
    for (const declaration of own) {
      push(event, declaration);
      for (const city of label.city ? (cities.get(nameKey(label.city)) ?? []) : []) push(city, declaration);
    }
  }
  return links;
}
