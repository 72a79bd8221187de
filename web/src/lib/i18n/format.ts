// Numbers, dates and data names in the reader's language.
import type { Locales } from './i18n-types';
import { townName } from '../../../../server/src/i18n/places';

const tags: Record<Locales, string> = { de: 'de-DE', cs: 'cs-CZ', en: 'en-GB' };

export const formatNumber = (locale: Locales, value: number, maximumFractionDigits = 0) =>
  new Intl.NumberFormat(tags[locale], { maximumFractionDigits }).format(value);

/** ISO dates ('2021-04-01') and date-times, as the locale writes them. */
export function formatDate(locale: Locales, iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeZone: iso.length === 10 ? 'UTC' : undefined }).format(date);
}

/** A moment (ISO date-time) with its time of day, in the reader's time zone. */
export const formatDateTime = (locale: Locales, iso: string) =>
  new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export interface Named {
  name: string;
  nameDe?: string | null;
  nameCs?: string | null;
  nameEn?: string | null;
}

/** The name in the reader's language where the data has one, else the name as registered. */
export function localName(item: Named, locale: Locales): string {
  const translated = locale === 'de' ? item.nameDe : locale === 'cs' ? item.nameCs : item.nameEn;
  return translated || item.name;
}

/** A town as a reader of `locale` names it (Drážďany in Czech). */
export const localTown = (town: string | null | undefined, locale: Locales): string | null | undefined => townName(town, locale);

type Described = { descriptionDe?: string | null; descriptionCs?: string | null; descriptionEn?: string | null };

/** The description in the reader's language, else in another one, with its language for `lang=`. */
export function localDescription(item: Described, locale: Locales): { text: string; lang: Locales } | undefined {
  const texts: Record<Locales, string | null | undefined> = { de: item.descriptionDe, cs: item.descriptionCs, en: item.descriptionEn };
  const lang = ([locale, 'en', 'de', 'cs'] as const).find((l) => texts[l]);
  return lang ? { text: texts[lang]!, lang } : undefined;
}
