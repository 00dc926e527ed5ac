import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAccord, type Served } from './api-server.js';
import { jsonLines, runAccord } from './run-accord.js';

// What users see of a wire story carried by three outlets: `accord show`, the API and the pages,
// through the real CLI and a real server.
const wire = readFileSync(join(import.meta.dirname, 'fixtures', 'wire', 'en-wire.txt'), 'utf8').trim().split('\n\n');
const pages = [
  ['Lakeside Courier', ['Kenya and Chile on Tuesday put their names to the Paris declaration on artificial intelligence, officials said.', ...wire.slice(1, -1)]],
  ['Hill Gazette', wire.slice(0, 4)],
  ['Valley Post', ['Kenya and Chile became the latest countries to sign the Paris declaration on artificial intelligence on Tuesday.', ...wire.slice(1, -2)]],
] as const;

let served: Served;
let ids: string[];
beforeAll(async () => {
  served = await serveAccord();
  const file = join(dirname(served.db), 'carriers.jsonl');
  const line = ([outlet, text]: (typeof pages)[number], i: number) =>
    JSON.stringify({ text: text.join('\n\n'), title: `${outlet} story`, outlet, url: `https://${outlet.split(' ')[0]?.toLowerCase()}.example/a`, published: `2025-02-1${i + 1}` });
  writeFileSync(file, `${pages.map(line).join('\n')}\n`);
  const run = runAccord(['ingest', file, '--db', served.db, '--json']);
  expect(run.status).toBe(0);
  ids = jsonLines(run.stdout).map((o) => String(o.id));
}, 60_000);
afterAll(() => served.stop());

describe('a wire story carried by three outlets', () => {
  it('accord show prints the cluster and every carrier', () => {
    const shown = runAccord(['show', ids[2] ?? '', '--db', served.db]).stdout;
    expect(shown).toContain(`cluster    ${ids[0]}: a copy of ${ids[0]} (Lakeside Courier)`);
    expect(shown.match(/^carried by .*$/gm)).toEqual([
      `carried by Lakeside Courier: "Lakeside Courier story", 2025-02-11, https://lakeside.example/a (document ${ids[0]})`,
      `carried by Hill Gazette: "Hill Gazette story", 2025-02-12, https://hill.example/a (document ${ids[1]})`,
      `carried by Valley Post: "Valley Post story", 2025-02-13, https://valley.example/a (document ${ids[2]})`,
    ]);
  });

  it('the API gives each document and each piece of evidence its cluster and carriers, each party its independent sources', async () => {
    const view = (await (await fetch(`${served.url}/api/v1/documents/${ids[1]}`)).json()) as { document: { cluster: string }; carriers: { outlet: string }[] };
    expect(view.document.cluster).toBe(ids[0]);
    expect(view.carriers.map((c) => c.outlet)).toEqual(pages.map(([outlet]) => outlet));
    const signatories = (await (await fetch(`${served.url}/api/v1/declarations/paris-statement/signatories`)).json()) as {
      parties: { party: string; articles: { signed: number }; independent: { signed: number }; evidence: { kind: string; cluster?: string; carriers?: unknown[] }[] }[];
    };
    const kenya = signatories.parties.find((p) => p.party === 'KE');
    expect(kenya).toMatchObject({ articles: { signed: 3 }, independent: { signed: 1 } });
    expect(kenya?.evidence.filter((e) => e.kind === 'article').map((e) => [e.cluster, e.carriers?.length])).toEqual([[ids[0], 3]]);
  });

  it('the pages say which copy is which, and list the carriers under the evidence', async () => {
    const copy = await (await fetch(`${served.url}/documents/${ids[2]}`)).text();
    expect(copy).toMatch(/<dt>Copy of<\/dt>\s*<dd><a href="\/documents\/\w+">Lakeside Courier<\/a><\/dd>/);
    expect(copy).toMatch(/<dt>Also carried by<\/dt>\s*<dd><a href="\/documents\/\w+">Hill Gazette<\/a><\/dd>/);
    const declaration = await (await fetch(`${served.url}/declarations/paris-statement`)).text();
    expect(declaration).toContain(`data-cluster="${ids[0]}"`);
    expect(declaration).toContain('One story carried by 3 outlets (original first):');
  });
});
