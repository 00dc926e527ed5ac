import { readPartialDate, type FigureOrder } from '../model/index.js';

// A publication date as a source gives it, read by src/model/partial-date.ts. A refused value
// becomes a warning that names it and where it was found; the article is stored all the same.
export type Published = { published: string | null; warnings: string[] };

const shown = 60;

export function readPublished(value: unknown, where: string, order: FigureOrder = []): Published {
  if (value === null || value === undefined) return { published: null, warnings: [] };
  if (typeof value !== 'string') {
    const kind = Array.isArray(value) ? 'array' : typeof value;
    return refused(JSON.stringify(value) ?? String(value), where, `a JSON ${kind}, not a date written as text`);
  }
  const reading = readPartialDate(value, order);
  return 'date' in reading ? { published: reading.date, warnings: [] } : refused(value, where, reading.refused);
}

// The first of several candidates (a page's meta tags, in order) that holds a date, with a
// warning for each refused one before it.
export function firstPublished(candidates: [where: string, value: string | null | undefined][]): Published {
  const warnings: string[] = [];
  for (const [where, value] of candidates) {
    if (value === null || value === undefined || value.trim() === '') continue;
    const found = readPublished(value, where);
    if (found.published) return { published: found.published, warnings };
    warnings.push(...found.warnings);
  }
  return { published: null, warnings };
}

// 'publication date "page 5" (the JSON line's "published") refused: not a date ...; not used'
function refused(value: string, where: string, reason: string): Published {
  return { published: null, warnings: [refusedDate(value, where, reason)] };
}

export function refusedDate(value: string, where: string, reason: string): string {
  const text = value.length > shown ? `${value.slice(0, shown)}…` : value;
  return `publication date "${text}" (${where}) refused: ${reason}; not used`;
}
