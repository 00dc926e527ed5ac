import { intlTags as intlTag, type Label, type Locale, type Translate } from './i18n/index.js';
import { markup, type Html } from './markup.js';

// Intl formatters cost far more to make than to use: one per locale and kind, made once.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
  const key = `date ${locale} ${withDay}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withDay ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
    format = new Intl.DateTimeFormat(intlTag[locale], { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

// Partial ISO dates at their own precision: "2025" -> 2025, "2025-02" -> February 2025,
// "2025-02-10" -> 10 February 2025 (10 février 2025, 10 tháng 2, 2025).
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (!month) return year as string;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return dateFormat(locale, Boolean(day)).format(date);
}

// A start and an end date as one range, at the precision both share: "10–11 February 2025",
// "10–11 février 2025"; dates of other precisions are written out side by side.
export function formatRange(start: string | null | undefined, end: string | null | undefined, locale: Locale): string {
  if (!start) return formatDate(end, locale);
  if (!end || end === start) return formatDate(start, locale);
  const full = /^\d{4}-\d{2}-\d{2}$/;
  if (!full.test(start) || !full.test(end)) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  return dateFormat(locale, true).formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

export function formatNumber(value: number, locale: Locale): string {
  const key = `number ${locale}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(intlTag[locale]);
    formatters.set(key, format);
  }
  return format.format(value);
}

// --- i10b: words, not codes; evidence a reader can cite ---

// `not_signed` -> "did not sign", `quote_fragment` -> "quoted words": pages show words; the code
// stays in exports, the API and the element's class.
export function kindLabel(t: Translate, kind: string): string {
  const key = `stmt_${kind}` as Label;
  const label = t(key);
  return label === key ? kind.replace(/_/g, ' ') : label;
}

// How a statement was found, in words ("pattern rule"); the rule id is the tooltip.
export function ruleLabel(t: Translate, rule: string): string {
  if (rule.startsWith('gazetteer.')) return t('foundByGazetteer');
  if (rule.startsWith('series.')) return t('foundBySeries');
  if (rule.endsWith('.clause')) return t('foundByClause');
  return t('foundByRule');
}

export type Citable = {
  documentId: string;
  statementId?: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang?: string | null;
  sample?: boolean;
};

// "Le Quotidien · Sommet de Paris : une déclaration… · 11 February 2025": the outlet, the title
// (in the article's language) linked to the marked words, the date; "SAMPLE" when we wrote it.
export function citation(t: Translate, locale: Locale, c: Citable): Html {
  const href = `/documents/${c.documentId}${c.statementId ? `#s-${c.statementId}` : ''}`;
  const parts: Html[] = [];
  if (c.outlet) parts.push(markup`<span class="outlet">${c.outlet}</span>`);
  parts.push(markup`<a href="${href}" class="cite-title"${c.lang ? markup` lang="${c.lang}"` : ''}>${c.title ?? c.documentId}</a>`);
  if (c.published) parts.push(markup`<time datetime="${c.published}">${formatDate(c.published, locale)}</time>`);
  const joined = parts.map((p, i) => (i === 0 ? p : markup` · ${p}`));
  return markup`<span class="citation">${c.sample ? markup`<span class="tag tag-sample" title="${t('sampleTitle')}">${t('sample')}</span> ` : ''}${joined}</span>`;
}
