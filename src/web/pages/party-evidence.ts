import { evidenceOfParty, evidenceShape, signatoriesOf, statusIn, articleStatus } from '../../query/index.js';
import type { Party } from '../data.js';
import { evidenceCells, evidenceRow } from '../evidence-cells.js';
import { exportLinks } from '../export.js';
import { formatNumber } from '../format.js';
import { markup } from '../markup.js';
import { entityHref, entityLink, entityName, partyId } from '../names.js';
import type { PageResult } from '../page.js';
import { pager, readPaging, WebError } from '../paging.js';
import { statusChip, statusLabel } from '../status.js';
import { dataTable } from '../table.js';
import type { View } from '../view.js';
import { partiesExport } from './parties-table.js';

// Every article behind one party's stance on a declaration, a page at a time: what the
// declaration's "N more" opens. The rows are the declaration's own (evidence-cells.ts), read in
// the same bounded way: the tallies, one page of statements, their stories' first carriers.
export async function partyEvidencePage(view: View, key: string): Promise<PageResult> {
  const { kb, t, locale, url } = view;
  const party = url.searchParams.get('party')?.trim() ?? '';
  if (party === '') throw new WebError(400, 'party: a party is needed (an ISO code such as FR, EU, or an id)');
  const stance = url.searchParams.get('stance');
  if (stance !== 'signed' && stance !== 'not_signed') throw new WebError(400, `stance=${stance ?? ''}: expected signed or not_signed`);
  const { offset, limit } = readPaging(url, evidenceShape.pageSize, evidenceShape.pageMax);
  const id = `declaration:${key}`;
  if (kb.resolver.entity(id)?.kind !== 'declaration') throw new WebError(404, `declaration ${key}: no declaration with this id (see /declarations)`);
  const found = await evidenceOfParty(kb, id, party, stance, { offset, limit });
  const signatories = await signatoriesOf(kb, id, { evidence: 0, party: found.party });
  const standing = signatories.parties.find((p) => p.party === found.party) ?? absentParty(found.party, statusIn(signatories, found.party));
  const rows = found.items.map((e) => evidenceRow(standing, e));
  const page = { offset, limit, total: null, hasMore: found.hasMore };
  const table = { ...partiesExport(view, rows, 'evidence'), page };
  const name = entityName(kb, partyId(found.party), locale);
  const declaration = entityName(kb, id, locale);
  const status = statusLabel(t, articleStatus(signatories.kind, stance));
  const title = t('evidenceTitle', { party: name, declaration, status });
  const body = markup`<article class="party-evidence" data-party="${found.party}" data-stance="${stance}">
    <header class="page-head">
      <p class="kicker"><a href="${entityHref(id) ?? '/declarations'}">${t('backToDeclaration', { name: declaration })}</a></p>
      <h1>${title}</h1>
      <p class="meta">${entityLink(kb, partyId(found.party), locale)} · ${statusChip(t, standing.status)}</p>
    </header>
    <p class="note" data-total="${found.total}">${t('evidenceTotal', { count: formatNumber(found.total, locale) })}</p>
    ${exportLinks(view, table)}
    ${dataTable(
      'evidence',
      [t('stance'), t('source'), t('asOf'), t('words')],
      rows.map((row) => markup`<tr class="evidence-row">${evidenceCells(view, row)}</tr>`),
    )}
    ${pager(view, page, rows.length)}
  </article>`;
  return { title, body, tables: [table] };
}

// A party no source places on the declaration (only its articles' evidence, or none at all).
function absentParty(party: string, standing: { status: Party['status']; asOf: string | null }): Party {
  const none = { signed: 0, not_signed: 0 };
  return {
    party,
    ...standing,
    signerType: party.includes(':') ? 'international_organization' : 'state',
    sources: 0,
    articles: none,
    independent: none,
    evidence: [],
  };
}
