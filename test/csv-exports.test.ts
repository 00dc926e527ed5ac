import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAccord, type Served } from './api-server.js';

const bom = [0xef, 0xbb, 0xbf];

// Bytes as sent: fetch's text() drops a byte-order mark, which is what these tests look for.
async function bytes(url: string): Promise<{ status: number; type: string; body: Buffer }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
}

// RFC 4180 as src/web/export.ts writes it: quoted cells may hold commas, quotes and line breaks.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let [row, cell, quoted] = [[] as string[], '', false];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), (i += 1));
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(cell), (cell = ''));
    else if (ch === '\n') (row.push(cell.replace(/\r$/, '')), rows.push(row), ([row, cell] = [[], '']));
    else cell += ch;
  }
  return rows;
}

describe('CSV for spreadsheets', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serveAccord();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.each([
    ['a page export carries the mark by default', '/compare?format=csv', true],
    ['a page export leaves it out with bom=0', '/compare?format=csv&bom=0', false],
    ['a declaration list carries it too', '/declarations/bletchley-declaration?format=csv', true],
    ['the API export is for programs: none by default', '/api/v1/export?format=csv', false],
    ['the API export carries it with bom=1', '/api/v1/export?format=csv&bom=1', true],
    ['JSON never carries one', '/compare?format=json', false],
  ])('%s (%s)', async (_case, path, marked) => {
    const { status, body } = await bytes(`${server.url}${path}`);
    expect(status).toBe(200);
    expect([...body.subarray(0, 3)].every((b, i) => b === bom[i])).toBe(marked);
  });

  it('gives, in the matrix CSV, the evidence of every cell that states a stance', async () => {
    const { body } = await bytes(`${server.url}/compare?format=csv&bom=0`);
    const [header, ...rows] = parseCsv(body.toString('utf8'));
    const json = (await (await fetch(`${server.url}/compare?format=json`)).json()) as { rows: Record<string, string | number>[] };
    expect(rows).toHaveLength(json.rows.length);
    const keys = (header ?? []).filter((column) => column.endsWith('_evidence')).map((column) => column.replace(/_evidence$/, ''));
    expect(keys.length).toBeGreaterThan(3);
    let cited = 0;
    for (const row of json.rows) {
      for (const key of keys) {
        const evidence = String(row[`${key}_evidence`] ?? '');
        // A stated stance has its sources in the evidence (attendance is not a stance).
        if (Number(row[`${key}_sources`]) === 0 || ['attended', 'unknown'].includes(String(row[key]))) continue;
        expect(evidence, `${row.party} ${key}`).not.toBe('');
        // Each item names its stance and where to read it; reference URLs are among them.
        for (const item of evidence.split(' | ')) expect(item).toMatch(/^(signed|not_signed): https?:\/\/\S+/);
        for (const url of String(row[`${key}_reference_urls`] ?? '')
          .split(' ')
          .filter(Boolean))
          expect(evidence).toContain(url);
        cited += 1;
      }
    }
    expect(cited).toBeGreaterThan(20);
  });
});
