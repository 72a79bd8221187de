// Whom to meet at an event, ranked: across the border first, then by points for what the graph says
// about the pair. Each reason is a sentence in the reader's language; products and places are put
// after a colon or in brackets, so no name has to be declined (Czech would need its cases).
import type { ActorRef, ProductRef } from '../schemas/analytics';
import type { Language } from '../schemas/common';

export type ReasonKind = 'they-offer-your-need' | 'they-need-your-offer' | 'single-source' | 'introduction' | 'research';

export interface SuggestionRow {
  id: string;
  kind: string;
  crossBorder: boolean;
  distanceKm: number | null;
  theyOffer: string[];
  theyNeed: string[];
  singleSource: string[];
  introducers: string[];
  research: string[];
}

/** Points per reason; a way out of a single-source dependency counts most. */
export const reasonPoints: Record<ReasonKind, number> = {
  'single-source': 40,
  'they-offer-your-need': 20,
  'they-need-your-offer': 20,
  research: 15,
  introduction: 10,
};

export interface RankedReason {
  kind: ReasonKind;
  product: string | null;
  via: string | null;
}

export interface Ranked {
  row: SuggestionRow;
  score: number;
  reasons: RankedReason[];
}

/** Reasons of one candidate, strongest first; a product with a single supplier is told once, as such. */
export function reasonsOf(row: SuggestionRow): RankedReason[] {
  const single = new Set(row.singleSource);
  return [
    ...row.singleSource.map((product) => ({ kind: 'single-source' as const, product, via: null })),
    ...row.theyOffer.filter((p) => !single.has(p)).map((product) => ({ kind: 'they-offer-your-need' as const, product, via: null })),
    ...row.theyNeed.map((product) => ({ kind: 'they-need-your-offer' as const, product, via: null })),
    ...row.research.map((product) => ({ kind: 'research' as const, product, via: null })),
    ...row.introducers.map((via) => ({ kind: 'introduction' as const, product: null, via })),
  ];
}

const round = (x: number) => Math.round(x * 10) / 10;

/** Across the border first, then by points (reasons, then nearness up to 10 points), then by id. */
export function rank(rows: SuggestionRow[]): Ranked[] {
  return rows
    .map((row) => {
      const reasons = reasonsOf(row);
      const nearness = row.distanceKm === null ? 0 : Math.max(0, 10 * (1 - row.distanceKm / 300));
      return { row, reasons, score: round(reasons.reduce((sum, r) => sum + reasonPoints[r.kind], 0) + nearness) };
    })
    .sort((a, b) => Number(b.row.crossBorder) - Number(a.row.crossBorder) || b.score - a.score || (a.row.id < b.row.id ? -1 : 1));
}

type Named = { name: string; nameDe: string | null; nameCs: string | null; nameEn: string | null };
const nameIn = (thing: Named, lang: Language) => (lang === 'de' ? thing.nameDe : lang === 'cs' ? thing.nameCs : thing.nameEn) ?? thing.name;

const km = (value: number | null, lang: Language) =>
  value === null ? null : new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value);

/** The reason as a sentence in the reader's language. */
export function reasonText(
  reason: { kind: ReasonKind; product: ProductRef | null; via: ActorRef | null },
  partner: ActorRef,
  distanceKm: number | null,
  district: Named | null,
  lang: Language,
): string {
  const product = reason.product ? nameIn(reason.product, lang) : '';
  const via = reason.via ? nameIn(reason.via, lang) : '';
  const who = nameIn(partner, lang);
  const distance = km(distanceKm, lang);
  const place = district ? nameIn(district, lang) : null;
  const where = {
    de: distance === null ? '' : ` – ${distance} km entfernt${place ? ` (${place})` : ''}`,
    cs: distance === null ? '' : ` – ve vzdálenosti ${distance} km${place ? ` (${place})` : ''}`,
    en: distance === null ? '' : ` – ${distance} km away${place ? ` (${place})` : ''}`,
  }[lang];
  switch (reason.kind) {
    case 'single-source':
      return {
        de: `Sie beziehen dies bisher von nur einem Lieferanten: ${product}. ${who} bietet es an${where}.`,
        cs: `Toto dosud odebíráte jen od jednoho dodavatele: ${product}. ${who} to nabízí${where}.`,
        en: `You buy this from a single supplier so far: ${product}. ${who} offers it${where}.`,
      }[lang];
    case 'they-offer-your-need':
      return { de: `Bietet an, was Sie brauchen: ${product}`, cs: `Nabízí, co potřebujete: ${product}`, en: `Offers what you need: ${product}` }[lang];
    case 'they-need-your-offer':
      return { de: `Braucht, was Sie anbieten: ${product}`, cs: `Potřebuje, co nabízíte: ${product}`, en: `Needs what you offer: ${product}` }[lang];
    case 'research':
      return { de: `Forscht zu Ihrem Produkt: ${product}`, cs: `Zkoumá váš produkt: ${product}`, en: `Researches your product: ${product}` }[lang];
    case 'introduction':
      return {
        de: `Eine Vorstellung entfernt – Ihr gemeinsamer Partner: ${via}`,
        cs: `Na jedno doporučení – váš společný partner: ${via}`,
        en: `One introduction away – a partner you share: ${via}`,
      }[lang];
  }
}
