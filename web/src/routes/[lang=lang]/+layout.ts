import { loadLocale } from '$lib/i18n/i18n-util.sync';
import { setLocale } from '$lib/i18n/i18n-svelte';
import type { Locales } from '$lib/i18n/i18n-types';
import { prefetchOverview } from '$lib/api/network';
import { warmUp2d } from '$lib/graph/software-canvas';
import { levelOf, overviewQuery, parseState } from './explorer-state';

let first = true;

export function load({ params, url, route, untrack }) {
  // Opening on the explorer's overview: its request starts now, while the page's code still loads.
  // Only on the first page of a visit (later ones have the code), and untracked, so that the URL's
  // many changes do not rerun this load.
  untrack(() => {
    if (!first) return;
    first = false;
    const view = parseState(url.searchParams);
    if (route.id !== '/[lang=lang]') return;
    if (levelOf(view) === 'overview') prefetchOverview(overviewQuery(view));
    // After this load, while the explorer's code and answer are on their way (software-canvas.ts).
    setTimeout(warmUp2d);
  });
  // The matcher let only our locales through.
  const lang = params.lang as Locales;
  loadLocale(lang);
  setLocale(lang);
  return { lang };
}
