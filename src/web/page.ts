import type { Table } from './export.js';
import type { Html } from './markup.js';

// What a page handler gives back: the HTML body, and the lists it shows as exportable tables.
export type PageResult = { title: string; body: Html; tables: Table[] } | { redirect: string };
