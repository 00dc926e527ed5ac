import { originLabel, type Signatories } from '../data.js';
import { formatDate, formatNumber } from '../format.js';
import { markup, outLink, shortUrl, type Html } from '../markup.js';
import { entityName, partyId } from '../names.js';
import { statusChip } from '../status.js';
import { dataTable } from '../table.js';
import type { View } from '../view.js';

// Whether the list of parties is complete, and what that means for a party it does not name.
export function listNote(view: View, signatories: Signatories): Html {
  const { t, locale } = view;
  const { list } = signatories;
  if (list.complete === null) return markup``;
  const text = list.complete ? t('listComplete', { date: formatDate(list.asOf, locale) || '—' }) : t('listIncomplete');
  const sources = list.sources.map((url, i) => markup`${i > 0 ? ', ' : ''}${outLink(url, shortUrl(url, 30))}`);
  return markup`<p class="list-note" data-list-complete="${String(list.complete)}">${text}${list.note ? markup` (${list.note})` : ''} ${sources}</p>`;
}

// When each party joined, by the reference's dates: a signature or ratification per line.
export function timeline(view: View, signatories: Signatories): Html {
  const { kb, t, locale } = view;
  if (signatories.timeline.length === 0) return markup``;
  const items = signatories.timeline.map((step) => {
    const names = step.parties
      .map((p) => entityName(kb, partyId(p), locale))
      .sort(new Intl.Collator(locale).compare)
      .join(', ');
    return markup`<li data-date="${step.date ?? ''}" data-status="${step.status}" data-parties="${step.parties.join(' ')}">
      <span class="when">${step.date ? formatDate(step.date, locale) : t('timelineNoDate')}</span>${statusChip(t, step.status)}
      ${step.unconfirmed ? markup`<span class="tag">${t('unconfirmed')}</span>` : ''}
      <span class="num">${formatNumber(step.parties.length, locale)}</span>: ${names}
    </li>`;
  });
  return markup`<section aria-labelledby="timeline-h">
    <h2 id="timeline-h">${t('timelineTitle')}</h2>
    <p class="note">${t('timelineHelp')}</p>
    <ol class="timeline-joined">
      ${items}
    </ol>
  </section>`;
}

// The counts outlets reported, each with what it counts and every source giving it.
export function counts(view: View, signatories: Signatories): Html {
  const { t, locale } = view;
  if (signatories.counts.length === 0) return markup``;
  const sorted = [...signatories.counts].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.value - b.value);
  const rows = sorted.map(
    (c) =>
      markup`<tr data-count="${c.value}">
        <td class="num">${formatNumber(c.value, locale)}</td>
        <td class="includes">${c.includes ?? ''}${c.unconfirmed ? markup` <span class="tag">${t('unconfirmed')}</span>` : ''}</td>
        <td>${c.asOf ? formatDate(c.asOf, locale) : '—'}</td>
        <td>${sourcesOf(c.urls, c.source)}</td>
        <td class="num">${formatNumber(c.sources, locale)}</td>
      </tr>`,
  );
  return markup`<section aria-labelledby="counts-h">
    <h2 id="counts-h">${t('reportedCounts')}</h2>
    <p class="note">${t('reportedCountsHelp')}</p>
    ${dataTable(null, [{ label: t('count'), num: true }, t('countIncludes'), t('asOf'), t('countSources'), { label: t('sourcesGiving'), num: true }], rows)}
  </section>`;
}

// A reference count lists all its URLs; an article count names the latest article giving it.
function sourcesOf(urls: string[], source: string): Html {
  if (urls.length > 0) return markup`<ul class="count-urls">${urls.map((url) => markup`<li>${outLink(url, shortUrl(url, 40))}</li>`)}</ul>`;
  return /^https?:\/\//.test(source) ? outLink(source) : markup`${shortUrl(originLabel(source))}`;
}
