// Numbers in the dictionaries go through the locale's formatter: `{count:number|num}` prints 1.234,5
// in German, 1 234,5 in Czech and 1,234.5 in English; `|int` rounds to whole numbers (distances).
// The plural form next to a count is chosen from the number itself, not from this text.
import type { FormattersInitializer } from 'typesafe-i18n';
import { formatNumber } from './format';
import type { Formatters, Locales } from './i18n-types.js';

export const initFormatters: FormattersInitializer<Locales, Formatters> = (locale: Locales) => ({
  num: (value: number) => formatNumber(locale, value, 1),
  int: (value: number) => formatNumber(locale, value),
});
