import { eventOf, signatoriesOf, statusIn } from '../../query/index.js';
import type { Signatories } from '../data.js';
import { exportLinks } from '../export.js';
import { formatDate, formatNumber } from '../format.js';
import { markup, type Html } from '../markup.js';
import { isOnMap, worldMap } from '../map.js';
import { entityHref, entityLink, entityName, officialName, partyId } from '../names.js';
import type { PageResult } from '../page.js';
import { WebError } from '../paging.js';
import { statusChip, statusLabel, type Status } from '../status.js';
import { saveSearchForm } from '../save-search.js';
import type { View } from '../view.js';
import { counts, listNote, timeline } from './declaration-parts.js';
import { partiesExport, partiesTable, rowsOf } from './parties-table.js';

// A declaration: who signed it and who did not, on a map and in a list where each party has
// every source; conflicts first in view; the counts outlets reported, each dated and sourced.
export async function declarationPage(view: View, key: string): Promise<PageResult> {
  const { kb, t, locale } = view;
  const id = `declaration:${key}`;
  // Any of its names, its summit's or its city's leads to its address: /declarations/Paris.
  const entity = kb.resolver.entity(id) ?? kb.resolver.resolve(key, 'declaration')[0];
  if (entity?.kind !== 'declaration') throw new WebError(404, `declaration ${key}: no declaration with this id or name (see /declarations)`);
  if (entity.id !== id) return { redirect: entityHref(entity.id) as string };
  const signatories = await signatoriesOf(kb, id);
  if (signatories.declaration !== id) throw new WebError(404, `declaration ${key}: its name resolves to ${signatories.declaration}`);
  // The instrument's kind decides its statuses (src/kb): votes for a UN resolution, ratified for a treaty.
  const statuses = signatories.statuses;
  const filter = readStatus(view.url, statuses);
  const name = (party: string): string => entityName(kb, partyId(party), locale);
  const collator = new Intl.Collator(locale);
  const parties = signatories.parties
    .filter((p) => !filter || p.status === filter)
    .sort((a, b) => statuses.indexOf(a.status) - statuses.indexOf(b.status) || collator.compare(name(a.party), name(b.party)));
  const rows = rowsOf(view, parties);
  const table = partiesExport(view, rows);
  const event = eventOf(kb, entity);
  const adopted = kb.reference.find((f) => f.subject === id && f.property === 'adopted')?.value;
  const title = entityName(kb, id, locale);
  const official = officialName(kb, id, locale);
  const body = markup`<article class="declaration">
    <header class="page-head">
      <p class="kicker">${t('declaration')} · <span data-kind="${signatories.kind}">${t(`kind_${signatories.kind}`)}</span></p>
      <h1>${title}</h1>
      ${official ? markup`<p class="subtitle">${official}</p>` : ''}
      <p class="meta">
        ${event ? markup`${t('adoptedAt')} ${entityLink(kb, event, locale)}` : typeof adopted === 'string' ? t('adopted') : ''}${
          typeof adopted === 'string' ? markup`${event ? ',' : ''} ${formatDate(adopted, locale)}` : ''
        }
      </p>
    </header>
    ${kb.store ? saveSearchForm(view, 'declaration', { declaration: id }) : ''}
    ${summary(view, signatories)} ${listNote(view, signatories)} ${conflicts(view, signatories)} ${mapSection(view, signatories, title)}
    ${timeline(view, signatories)} ${counts(view, signatories)}
    <section aria-labelledby="parties-h">
      <h2 id="parties-h">${t('parties')}</h2>
      ${statusFilter(view, statuses, filter)} ${exportLinks(view, table)} ${partiesTable(view, rows, { key: entity.key, kind: signatories.kind })}
    </section>
  </article>`;
  return { title, body, tables: [table] };
}

function readStatus(url: URL, statuses: Status[]): Status | null {
  const raw = url.searchParams.get('status');
  if (raw === null || raw === '') return null;
  if (!(statuses as string[]).includes(raw)) throw new WebError(400, `status=${raw}: expected one of ${statuses.join(', ')}`);
  return raw as Status;
}

function summary(view: View, signatories: Signatories): Html {
  const { t, locale } = view;
  const count = (status: Status): number => signatories.parties.filter((p) => p.status === status).length;
  const items = signatories.statuses.map(
    (status) =>
      markup`<div class="figure-item">
        <dt>${statusChip(t, status)}</dt>
        <dd><a href="?status=${status}#parties-h" data-count="${status}">${formatNumber(count(status), locale)}</a></dd>
      </div>`,
  );
  return markup`<dl class="figures" aria-label="${t('partiesByStatus')}">${items}</dl>`;
}

function conflicts(view: View, signatories: Signatories): Html {
  const { kb, t, locale } = view;
  const found = signatories.parties.filter((p) => p.status === 'conflict');
  if (found.length === 0) return markup``;
  const links = found.map((p, i) => markup`${i > 0 ? ', ' : ''}<a href="#party-${p.party}">${entityName(kb, partyId(p.party), locale)}</a>`);
  return markup`<aside class="callout conflict-callout" role="note">
    <h2>${t('conflictsTitle')}</h2>
    <p>${t('conflictsHelp')} ${links}.</p>
  </aside>`;
}

function mapSection(view: View, signatories: Signatories, title: string): Html {
  const { kb, t, locale } = view;
  const countries = signatories.parties.filter((p) => !p.party.includes(':'));
  const drawn = countries.filter((p) => isOnMap(p.party));
  const notDrawn = signatories.parties.filter((p) => p.party.includes(':') || !isOnMap(p.party));
  const absent = statusIn(signatories, '');
  const svg = worldMap(
    drawn.map((p) => ({
      code: p.party,
      status: p.status,
      title: `${entityName(kb, partyId(p.party), locale)}: ${statusLabel(t, p.status)}`,
      href: `#party-${p.party}`,
    })),
    {
      title: t('mapTitle', { name: title }),
      description: t('mapDescription'),
      nameOf: (code, atlas) => (kb.resolver.entity(`country:${code}`) ? entityName(kb, `country:${code}`, locale) : atlas),
      // A country no source names is "not on the official list" when the list is complete, else no information.
      absent: absent.status,
      absentLabel: statusLabel(t, absent.status),
    },
  );
  const legend = signatories.statuses.map(
    (status) => markup`<li><span class="swatch status-${status}" aria-hidden="true"></span>${statusLabel(t, status)}</li>`,
  );
  const offMap = notDrawn.map(
    (p) => markup`<li data-party="${p.party}" data-status="${p.status}">${entityLink(kb, partyId(p.party), locale)}: ${statusLabel(t, p.status)}</li>`,
  );
  return markup`<section class="map-section" aria-labelledby="map-h">
    <h2 id="map-h" class="visually-hidden">${t('map')}</h2>
    <figure class="map">
      ${svg}
      <figcaption>
        <ul class="legend" aria-label="${t('legend')}">
          ${legend}
        </ul>
        ${signatories.list.complete ? '' : markup`<p class="note">${t('mapNote')}</p>`}
        ${
          notDrawn.length
            ? markup`<div class="off-map">
              <h3>${t('notOnMap')}</h3>
              <ul>
                ${offMap}
              </ul>
            </div>`
            : ''
        }
      </figcaption>
    </figure>
  </section>`;
}

function statusFilter(view: View, statuses: Status[], current: Status | null): Html {
  const { t } = view;
  const options = statuses.map((s) => markup`<option value="${s}" ${s === current ? markup` selected` : ''}>${statusLabel(t, s)}</option>`);
  return markup`<form class="filters" method="get" action="${view.url.pathname}">
    <label for="status">${t('status')}</label>
    <select id="status" name="status">
      <option value="">${t('allStatuses')}</option>
      ${options}
    </select>
    <button type="submit">${t('apply')}</button>
  </form>`;
}
