import { loadLocale } from '$lib/i18n/i18n-util.sync';
import { setLocale } from '$lib/i18n/i18n-svelte';
import type { Locales } from '$lib/i18n/i18n-types';

export function load({ params }) {
  // The matcher let only our locales through.
  const lang = params.lang as Locales;
  loadLocale(lang);
  setLocale(lang);
  return { lang };
}
