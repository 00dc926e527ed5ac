import type { Table } from './export.js';
import type { Html } from './markup.js';

// What a page handler gives back: the HTML body, and the lists it shows as exportable tables.
// `feeds`: Atom feeds of the page, linked from its <head> (a saved search's).
export type PageResult = { title: string; body: Html; tables: Table[]; feeds?: Feed[] } | { redirect: string };
export type Feed = { title: string; href: string };
