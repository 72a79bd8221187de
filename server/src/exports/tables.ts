// A scope's data as the rows of the exported tables (columns.ts says which). Names are given in the
// chosen language where a translation exists.
import type { Language } from '../schemas/common';
import type { TableName } from './columns';
import type { ScopeData, Texts } from './scope-data';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;
/** The tables of a scope; registrations are read by the event import, never exported here. */
export type Tables = Record<Exclude<TableName, 'registrations'>, Row[]>;

const nameKey = { de: 'nameDe', cs: 'nameCs', en: 'nameEn' } as const;

/** The name in `lang` where one is known, else the registered name. */
export const localName = (texts: Texts | undefined | null, lang: Language, fallback = ''): string =>
  texts ? (texts[nameKey[lang]] ?? texts.name) : fallback;

/** Names of every node the rows mention, the scope's own actors and products first. */
export function nameIndex(data: ScopeData): Map<string, Texts & { country: string | null }> {
  const index = new Map<string, Texts & { country: string | null }>(data.names);
  for (const p of data.products) index.set(p.id, { ...p, country: null });
  for (const a of data.actors) index.set(a.id, a);
  return index;
}

/** Flags a need: no supplier, one supplier, or several all from one country; null when spread. */
export function riskOf(suppliers: { country: string | null }[]): 'NO_SUPPLIER' | 'SINGLE_SOURCE' | 'ONE_COUNTRY' | null {
  if (suppliers.length === 0) return 'NO_SUPPLIER';
  if (suppliers.length === 1) return 'SINGLE_SOURCE';
  return new Set(suppliers.map((s) => s.country)).size === 1 ? 'ONE_COUNTRY' : null;
}

const round1 = (km: number | null) => (km === null ? null : Math.round(km * 10) / 10);

export function buildTables(data: ScopeData, lang: Language): Tables {
  const names = nameIndex(data);
  const name = (id: string) => localName(names.get(id), lang, id);
  const country = (id: string) => names.get(id)?.country ?? null;
  return {
    actors: data.actors.map((a) => ({
      id: a.id,
      kind: a.kind,
      type: a.type,
      name: a.name,
      nameDe: a.nameDe,
      nameCs: a.nameCs,
      nameEn: a.nameEn,
      country: a.country,
      district: a.district,
      town: a.town,
      sector: a.sector,
      size: a.size,
      employees: a.employees,
      founded: a.founded,
      website: a.website,
      certifications: a.certifications?.join('; ') ?? null,
      lat: a.lat,
      lon: a.lon,
      published: a.published,
    })),
    products: data.products.map((p) => ({ ...p })),
    links: data.links.map((l) => ({
      type: l.type,
      from: l.from,
      fromName: name(l.from),
      to: l.to,
      toName: name(l.to),
      product: l.product,
      since: l.since,
      crossBorder: l.type === 'OFFERS' || l.type === 'NEEDS' ? null : isCrossBorder(country(l.from), country(l.to)),
      source: l.source,
      sourceRef: l.sourceRef,
      enteredBy: l.enteredBy,
      enteredAt: l.enteredAt,
      standing: l.standing,
    })),
    risks: data.sourcing.flatMap((s) => {
      const risk = riskOf(s.suppliers);
      if (!risk) return [];
      const named = s.suppliers.filter((x) => x.named);
      return [
        {
          firm: s.firm,
          firmName: name(s.firm),
          product: s.product,
          productName: name(s.product),
          risk,
          suppliers: s.suppliers.length,
          supplierIds: named.map((x) => x.id).join('; '),
          countries: [...new Set(s.suppliers.map((x) => x.country ?? '?'))].sort().join('; '),
        },
      ];
    }),
    persons: (data.contacts ?? []).map((c) => ({
      id: c.id,
      of: c.of,
      ofName: name(c.of),
      name: c.name,
      function: c.function,
      email: c.email,
      phone: c.phone,
      languages: c.languages.join('; '),
      consent: c.consent,
      consentAt: c.consentAt,
      consentBy: c.consentBy,
    })),
    opportunities: data.opportunities.map((o) => ({
      firm: o.firm,
      firmName: name(o.firm),
      firmCountry: country(o.firm),
      product: o.product,
      productName: name(o.product),
      partner: o.partner,
      partnerName: name(o.partner),
      partnerCountry: country(o.partner),
      distanceKm: round1(o.distanceKm),
    })),
  };
}

export const isCrossBorder = (a: string | null, b: string | null) => a !== null && b !== null && a !== b;
