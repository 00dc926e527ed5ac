import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, runAccord } from './run-accord.js';

const work = mkdtempSync(join(tmpdir(), 'accord-export-'));
const [first, second] = [join(work, 'first.db'), join(work, 'second.db')];

// Timestamps say when a database took a row in, not what the knowledge base holds.
function withoutTimestamps(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (key === 'createdAt' || key === 'ingestedAt' ? undefined : value));
}

describe('accord export and import', () => {
  it('round-trips: a JSON export imported into an empty database exports the same knowledge base', () => {
    expect(runAccord(['ingest', join(repo, 'data', 'samples', 'fr'), join(repo, 'data', 'samples', 'vi'), '--db', first]).status).toBe(0);
    const [row] = JSON.parse(runAccord(['review', '--json', '--limit', '1', '--db', first]).stdout) as { id: string }[];
    runAccord(['review', 'accept', String(row?.id), '--reason', 'checked against the source', '--reviewer', 'ana', '--db', first]);
    const exported = runAccord(['export', '--db', first]).stdout;
    writeFileSync(join(work, 'export.json'), exported);
    const imported = runAccord(['import', join(work, 'export.json'), '--db', second]);
    expect(imported.status).toBe(0);
    const again = runAccord(['export', '--db', second]).stdout;
    expect(withoutTimestamps(again)).toEqual(withoutTimestamps(exported));
    const data = JSON.parse(exported) as { documents: unknown[]; statements: unknown[]; reviews: unknown[] };
    expect([data.documents.length > 5, data.statements.length > 100, data.reviews.length]).toEqual([true, true, 1]);
  });

  it('writes statements as CSV with their provenance, filtered by kind', () => {
    const csv = runAccord(['export', '--format', 'csv', '--kind', 'signed', 'not_signed', '--db', first]).stdout.trim().split('\r\n');
    expect(csv[0]).toBe('document,url,published,lang,kind,subject,value,start,end,words,rule,confidence,statement,review,title,outlet,sample');
    expect(csv.length).toBeGreaterThan(5);
    expect(csv.slice(1).every((line) => /,(signed|not_signed),/.test(line))).toBe(true);
    expect(csv.slice(1).filter((line) => /,unreviewed,/.test(line)).length).toBeGreaterThan(5);
    // The articles come from data/samples: every row says it is a sample's.
    expect(csv.slice(1).filter((line) => /^[0-9a-f]{16},/.test(line)).every((line) => line.endsWith(',true'))).toBe(true);
  });

  it('writes JSON-LD with schema.org types: articles and the claims that appear in them', () => {
    const graph = JSON.parse(runAccord(['export', '--format', 'jsonld', '--kind', 'signed', '--db', first]).stdout) as {
      '@context': string;
      '@graph': { '@type': string; appearance?: { '@id': string } }[];
    };
    expect(graph['@context']).toBe('https://schema.org');
    // Our samples are no news articles: CreativeWorks of genre "sample".
    const works = graph['@graph'].filter((n) => n['@type'] === 'CreativeWork' || n['@type'] === 'NewsArticle') as unknown as { '@id': string; '@type': string; genre?: string }[];
    expect(works.length).toBeGreaterThan(0);
    expect(works.every((n) => n['@type'] === 'CreativeWork' && n.genre === 'sample')).toBe(true);
    const ids = new Set(works.map((n) => n['@id']));
    const claims = graph['@graph'].filter((n) => n['@type'] === 'Claim');
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) expect(ids.has(String(claim.appearance?.['@id']))).toBe(true);
  });

  it('refuses what it cannot write or read', () => {
    expect(runAccord(['export', '--format', 'xml', '--db', first]).stderr).toMatch(/--format xml: expected json, jsonl, csv, jsonld or quickstatements/);
    writeFileSync(join(work, 'bad.json'), '{"format":"other"}');
    expect(runAccord(['import', join(work, 'bad.json'), '--db', second]).stderr).toMatch(/bad\.json: not an Accord export/);
  });
});

describe('the same fact in two languages', () => {
  it('is one party with both articles as sources', () => {
    const db = join(work, 'two-languages.db');
    writeFileSync(
      join(work, 'fr.txt'),
      "Sommet pour l'action sur l'IA\n\nLe Kenya et le Sénégal ont signé la déclaration finale du sommet pour l'action sur l'IA, mardi à Paris.",
    );
    writeFileSync(join(work, 'en.txt'), 'AI Action Summit\n\nKenya and Senegal signed the closing statement of the AI Action Summit in Paris on Tuesday.');
    expect(runAccord(['ingest', join(work, 'fr.txt'), join(work, 'en.txt'), '--db', db]).status).toBe(0);
    const { parties } = JSON.parse(runAccord(['signatories', 'Déclaration de Paris', '--json', '--db', db]).stdout) as {
      parties: { party: string; status: string; evidence: { kind: string; source: string }[] }[];
    };
    for (const party of ['KE', 'SN']) {
      const found = parties.find((p) => p.party === party);
      expect(found?.status).toBe('signed');
      const articles = new Set(found?.evidence.filter((e) => e.kind === 'article').map((e) => e.source.split(' ')[0]));
      expect(articles.size).toBe(2);
    }
  });
});
