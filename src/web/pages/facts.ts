import type { ReferenceFact } from '../../model/index.js';
import { formatDate } from '../format.js';
import type { Label } from '../i18n/index.js';
import { markup, outLink, type Html } from '../markup.js';
import { entityLink } from '../names.js';
import type { View } from '../view.js';
import { dataTable } from '../table.js';

// Reference facts as pages list and export them: each with its value linked to its entity, its
// date, note or reason, and every source URL.
export const factColumns = ['subject', 'property', 'value', 'party', 'as_of', 'signer_type', 'reason', 'note', 'unconfirmed', 'sources'] as const;

export function factRecord(f: ReferenceFact): Record<string, string | number | boolean | null> {
  return {
    subject: f.subject,
    property: f.property,
    value: f.value,
    party: f.party ?? null,
    as_of: f.as_of ?? null,
    signer_type: f.signer_type ?? null,
    reason: f.reason ?? null,
    note: f.note ?? null,
    unconfirmed: f.unconfirmed ?? false,
    sources: f.sources.join(' '),
  };
}

export function factValue(view: View, value: ReferenceFact['value']): Html {
  const { kb, locale } = view;
  if (typeof value === 'string' && /^[a-z]+:[A-Za-z0-9-]+$/.test(value)) return entityLink(kb, value, locale);
  if (typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return markup`${formatDate(value, locale)}`;
  return markup`${String(value)}`;
}

export function factsList(view: View, self: string, facts: ReferenceFact[]): Html {
  const { kb, t, locale } = view;
  const rows = facts.map(
    (f) =>
      markup`<tr>
        <td>${f.subject === self ? '' : entityLink(kb, f.subject, locale)}</td>
        <td>${propertyLabel(view, f.property)}</td>
        <td>
          ${factValue(view, f.value)}${f.party && f.party !== self ? markup` (${entityLink(kb, f.party, locale)})` : ''}${
            f.unconfirmed ? markup` <span class="tag">${t('unconfirmed')}</span>` : ''
          }
        </td>
        <td>${f.as_of ? formatDate(f.as_of, locale) : ''}</td>
        <td class="note-cell">${f.reason ?? ''}${f.reason && f.note ? markup`<br />` : ''}${f.note ?? ''}</td>
        <td class="source">
          <ul class="sources">
            ${f.sources.map((s) => markup`<li>${outLink(s)}</li>`)}
          </ul>
        </td>
      </tr>`,
  );
  return dataTable('facts', [t('subject'), t('property'), t('value'), t('asOf'), t('note'), t('sources')], rows);
}

export function propertyLabel(view: View, property: string): string {
  const key = `prop_${property}` as Label;
  const text = view.t(key);
  return text === key ? property : text;
}
