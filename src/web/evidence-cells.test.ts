import { describe, expect, it } from 'vitest';
import type { Kb } from '../query/index.js';
import type { Evidence, Party } from './data.js';
import { evidenceCells, evidenceRow } from './evidence-cells.js';
import { translator, type Locale } from './i18n/index.js';

// A story's size as the declaration page says it: how many carry it (counted up to 1000), its
// first outlets, and how many the list leaves out, in the reader's language.
const party: Party = {
  party: 'KE',
  status: 'signed',
  signerType: 'state',
  asOf: null,
  sources: 1,
  articles: { signed: 1, not_signed: 0 },
  independent: { signed: 1, not_signed: 0 },
  evidence: [],
};
const carrier = (n: number) => ({ documentId: `d${n}`, outlet: `Outlet ${n}`, title: null, url: null, published: null, source: `https://o${n}.example/a` });
const evidence = (carriers: number, carriedBy: number): Evidence => ({
  kind: 'article',
  stance: 'signed',
  status: 'signed',
  source: 'd0 [0, 10)',
  asOf: '2025-02-11',
  reason: null,
  unconfirmed: false,
  words: 'Kenya signed',
  isReviewed: false,
  statementId: 's0',
  documentId: 'd0',
  cluster: 'd0',
  carriers: Array.from({ length: carriers }, (_, i) => carrier(i)),
  carriedBy,
  title: 'A story',
  outlet: 'Outlet 0',
});
const cells = (locale: Locale, e: Evidence): string =>
  evidenceCells(
    { kb: {} as unknown as Kb, locale, t: translator(locale), url: new URL('http://127.0.0.1/declarations/paris-statement') },
    evidenceRow(party, e),
  ).value;

describe('evidenceCells', () => {
  it.each([
    ['en', 1, 1, null, null],
    ['en', 3, 3, 'One story carried by 3 outlets (original first):', null],
    ['en', 5, 240, 'One story carried by 240 outlets (original first):', '…and 235 more.'],
    ['en', 5, 1000, 'One story carried by 1,000 outlets or more (original first):', '…and 995 more.'],
    ['fr', 5, 12, 'Une même dépêche reprise par 12 médias (l’original d’abord) :', '… et 7 autres.'],
    ['vi', 5, 12, 'Một bài được 12 cơ quan báo chí đăng lại (bản gốc trước):', '… và 7 nơi khác.'],
    ['es', 5, 12, 'Una misma noticia publicada por 12 medios (el original primero):', '… y 7 más.'],
    ['de', 5, 12, 'Eine Meldung, von 12 Medien übernommen (das Original zuerst):', '… und 7 weitere.'],
  ] as const)('%s: %i outlets listed of %i', (locale, listed, size, label, more) => {
    const html = cells(locale, evidence(listed, size));
    expect(html.match(/<li>/g)?.length ?? 0).toBe(size > 1 ? listed : 0);
    if (label) expect(html).toContain(`data-carried-by="${size}"><p class="note">${label}</p>`);
    else expect(html).not.toContain('class="carriers"');
    if (more) expect(html).toContain(more);
    expect(html).toContain('<span class="outlet">Outlet 0</span>');
  });
});
