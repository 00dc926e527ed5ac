// The one CSV writer of the project (RFC 4180: CRLF, quotes doubled), for the pages' tables and
// the knowledge base export alike.

export type CsvValue = string | number | boolean | null | undefined | object;

// A text cell a spreadsheet would run as a formula, or that starts with a tab or carriage return
// ("=HYPERLINK(...)", "+1", "-2+3+cmd|' /C calc'!A0", "@SUM(...)"), gets a leading apostrophe, so
// it opens as text. Numbers stay numbers: -5 is written -5.
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value !== 'number' && typeof value !== 'boolean' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// `bom`: a UTF-8 byte-order mark first, which Excel needs to read UTF-8.
export function csvText(columns: readonly string[], rows: CsvValue[][], options: { bom?: boolean } = {}): string {
  const lines = [columns.map(csvCell), ...rows.map((row) => row.map(csvCell))];
  return `${options.bom ? byteOrderMark : ''}${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

export const byteOrderMark = '\uFEFF';

// One row with its line end, for writers that stream a CSV a row at a time: the lines of
// csvText, byte for byte.
export function csvLine(row: readonly CsvValue[]): string {
  return `${row.map(csvCell).join(',')}\r\n`;
}
