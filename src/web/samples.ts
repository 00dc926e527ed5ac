import type { Label, Translate } from './i18n/index.js';
import { markup, type Html } from './markup.js';
import { linkWith, type View } from './view.js';

// The articles we wrote (data/samples) are shown marked "sample", or left out: `?samples=exclude`
// (or `include`), remembered in a cookie like the interface language. Lists of what the world
// says (quotes) leave them out unless asked; other pages show them, marked.
export type SamplesChoice = 'include' | 'exclude' | null;

export function readSamplesChoice(asked: string | null, remembered: string | undefined): SamplesChoice {
  for (const value of [asked, remembered]) if (value === 'include' || value === 'exclude') return value;
  return null;
}

// Whether this page shows samples: the reader's choice, else the page's default.
export function showsSamples(view: View, byDefault = true): boolean {
  return view.samples === 'include' || (view.samples !== 'exclude' && byDefault);
}

// "SAMPLE", with what it means on hover and for screen readers.
export function sampleChip(t: Translate): Html {
  return markup`<span class="tag tag-sample" title="${t('sampleTitle')}">${t('sample')}</span>`;
}

export function sampleNotice(t: Translate): Html {
  return markup`<p class="sample-notice" role="note">${sampleChip(t)} ${t('sampleNotice')}</p>`;
}

// "Sample articles: shown, marked “sample” · Leave them out": a link, so it works without script.
export function samplesToggle(view: View, byDefault = true): Html {
  const { t, url } = view;
  const shown = showsSamples(view, byDefault);
  const state: Label = shown ? 'samplesShown' : 'samplesLeftOut';
  const href = linkWith(url, { samples: shown ? 'exclude' : 'include', offset: null });
  return markup`<p class="samples-toggle">${t('samplesLabel')}: ${t(state)} · <a href="${href}" data-samples="${shown ? 'exclude' : 'include'}">${t(
    shown ? 'samplesLeaveOut' : 'samplesShow',
  )}</a></p>`;
}
