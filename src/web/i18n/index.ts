import { en, type Label } from './en.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { vi } from './vi.js';

// Interface labels; article text is never translated and keeps its own `lang`.
export const locales = ['en', 'fr', 'vi', 'es', 'de'] as const;
export type Locale = (typeof locales)[number];
export type { Label };
export type Translate = (key: Label, params?: Record<string, string | number>) => string;

const dictionaries: Record<Locale, Record<Label, string>> = { en, fr, vi, es, de };

// Each interface language by its own name, for the language switch.
export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français', vi: 'Tiếng Việt', es: 'Español', de: 'Deutsch' };
// The tag dates and numbers are written by in each interface language.
export const intlTags: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', vi: 'vi-VN', es: 'es-ES', de: 'de-DE' };

export function isLocale(value: string | undefined | null): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

// `?lang=` first (the switch), then the cookie it sets, then the browser's Accept-Language.
export function pickLocale(query: string | undefined, cookie: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(query)) return query;
  if (isLocale(cookie)) return cookie;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: Number.isNaN(q) ? 0 : q };
    })
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLocale) ?? 'en';
}

// "Rows {from}–{to}" with { from: 1, to: 50 } -> "Rows 1–50".
export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => (dictionary[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}
