// The choices of the participants' filters, taken from the participants themselves, and the
// offer and search filters (the list of an event is short: filtered here, not by another query).
import type { Participant } from '$lib/api/events';
import { localName } from '$lib/i18n/format';
import type { Locales } from '$lib/i18n/i18n-types';

type Option = { id: string; name: string };

function unique(items: Option[], locale: Locales): Option[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, locale));
}

export const sectorOptions = (participants: Participant[], locale: Locales) =>
  unique(participants.flatMap((p) => p.sectors.map((s) => ({ id: s.id, name: localName(s, locale) }))), locale);

export const productOptions = (participants: Participant[], side: 'offers' | 'seeks', locale: Locales) =>
  unique(participants.flatMap((p) => p[side].map((product) => ({ id: product.id, name: localName(product, locale) }))), locale);

/** The participants that offer (or seek) the product here; all when none is chosen. */
export const withProduct = (participants: Participant[], side: 'offers' | 'seeks', product: string) =>
  product ? participants.filter((p) => p[side].some((x) => x.id === product)) : participants;
