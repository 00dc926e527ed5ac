import { byteOrderMark, csvText } from '../model/index.js';
import type { Context } from 'hono';
import { markup, type Html } from './markup.js';
import { linkWith, type View } from './view.js';

// A list as the page shows it and as it exports: the same rows, the same columns for CSV and
// JSON. Paged lists export the page shown (the export says which rows and links the next page);
// lists that fit on one page export whole.
export type Cell = string | number | boolean | null;
export type Page = { offset: number; limit: number; total: number | null; hasMore: boolean };
export type Table = { name: string; columns: readonly string[]; rows: Record<string, Cell>[]; page?: Page };

export type Format = 'csv' | 'json';

export function exportFormat(url: URL): Format | null {
  const format = url.searchParams.get('format');
  return format === 'csv' || format === 'json' ? format : null;
}

// ?format=csv|json[&table=NAME]: the named table of the page (its first when none is named).
export function respondExport(c: Context, view: View, tables: Table[], format: Format): Response {
  const wanted = view.url.searchParams.get('table');
  const table = wanted ? tables.find((t) => t.name === wanted) : tables[0];
  if (!table) return c.json({ error: { code: 'not_found', message: `table=${wanted}: this page has ${tables.map((t) => t.name).join(', ')}` } }, 404);
  const rows = table.page ? `-rows-${table.page.offset + 1}-${table.page.offset + table.rows.length}` : '';
  const filename = `accord-${table.name}${rows}.${format}`;
  const next = table.page?.hasMore ? linkWith(view.url, { offset: table.page.offset + table.page.limit }) : null;
  c.header('Content-Disposition', `attachment; filename="${filename}"`);
  if (next) c.header('Link', `<${next}>; rel="next"`);
  if (format === 'csv') return c.body(toCsv(table, { bom: view.url.searchParams.get('bom') !== '0' }), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  const filters = Object.fromEntries([...view.url.searchParams].filter(([key]) => !['format', 'table', 'lang'].includes(key)));
  const page = table.page ? { ...table.page, from: table.page.offset + 1, to: table.page.offset + table.rows.length, next } : null;
  return c.json({ table: table.name, filters, columns: table.columns, count: table.rows.length, page, rows: table.rows });
}

// `bom`: a UTF-8 byte-order mark first. Excel reads a CSV without one in the system's legacy code
// page ("Trung Quá»‘c"), so the pages' CSV downloads carry it unless `?bom=0` asks otherwise.
export function toCsv(table: Table, options: { bom?: boolean } = {}): string {
  return csvText(
    table.columns,
    table.rows.map((row) => table.columns.map((column) => row[column] ?? null)),
    options,
  );
}

export { byteOrderMark };

// "Export these rows (1–50): CSV · JSON", with the page's filters.
export function exportLinks(view: View, table: Table): Html {
  const { t } = view;
  const params = (format: Format): string => linkWith(view.url, { format, table: table.name, lang: null });
  const label =
    table.page && table.rows.length > 0
      ? t('exportPage', { from: table.rows.length ? table.page.offset + 1 : 0, to: table.page.offset + table.rows.length })
      : t('exportAll', { count: table.rows.length });
  return markup`<p class="export">${label}: <a href="${params('csv')}" download>CSV</a> · <a href="${params('json')}" download>JSON</a></p>`;
}
