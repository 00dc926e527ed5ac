import { markup, type Html } from './markup.js';
import type { View } from './view.js';

// "Save this search": a small form posting what the page shows (the quote filters, the entity or
// the declaration) to POST /searches, which saves it under the name given. Writes need the token.
export function saveSearchForm(view: View, kind: 'quotes' | 'entity' | 'declaration', fields: Record<string, string | null | undefined>): Html {
  const { t } = view;
  const hidden = Object.entries(fields)
    .filter(([, value]) => value)
    .map(([name, value]) => markup`<input type="hidden" name="${name}" value="${value ?? ''}" />`);
  return markup`<details class="save-search-box">
    <summary>${t('saveSearch')}</summary>
    <form class="save-search" method="post" action="/searches">
      <input type="hidden" name="kind" value="${kind}" />${hidden}
      <p class="note">${t('saveSearchHelp')} <a href="/searches">${t('savedSearchesTitle')} →</a></p>
      <div class="field"><label for="save-name">${t('searchName')}</label><input id="save-name" name="name" required maxlength="100" /></div>
      <div class="field">
        <label for="save-token">${t('token')}</label><input id="save-token" name="token" type="password" autocomplete="off" />
      </div>
      <div class="field field-actions"><button type="submit">${t('saveButton')}</button></div>
    </form>
  </details>`;
}
