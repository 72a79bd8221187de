// The reference data as a Dataset: regions, sectors, products, institutes, organisations and events
// with the links between them. `name` is the official name in the place's own language (German for
// Saxony, Czech for Bohemia) and German for sectors and products; nameDe/nameCs/nameEn carry all three.
import type { Dataset, NodeRow, Props, RelRow } from '../dataset';
import { events } from './events';
import { instituteCooperations, institutes } from './institutes';
import { instituteMemberships, organisations } from './organisations';
import { products } from './products';
import { districts, regions } from './regions';
import { sectors } from './sectors';
import type { Text } from './types';

export { districts, events, institutes, organisations, products, regions, sectors };

const names = (text: Text, name: string): Props => ({ name, nameDe: text.de, nameCs: text.cs, nameEn: text.en });
const descriptions = (text: Text): Props => ({ descriptionDe: text.de, descriptionCs: text.cs, descriptionEn: text.en });

const countryOfDistrict = new Map(districts.map((d) => [d.id, d.country]));
/** The name in the language of the place: Czech for Czech districts, German otherwise. */
const localName = (text: Text, district: string | undefined) => (countryOfDistrict.get(district ?? '') === 'CZ' ? text.cs : text.de);

const link = (from: string, to: string, props?: Props): RelRow => (props ? { from, to, props } : { from, to });

export function referenceDataset(): Dataset {
  const regionRows: NodeRow[] = regions.map((r) => ({
    id: r.id,
    props: { ...names(r.name, r.country === 'CZ' ? r.name.cs : r.name.de), level: r.level, country: r.country, lat: r.lat, lon: r.lon },
  }));
  const sectorRows: NodeRow[] = sectors.map((s) => ({ id: s.id, props: { ...names(s.name, s.name.de), code: s.code, level: s.level } }));
  const productRows: NodeRow[] = products.map((p) => ({
    id: p.id,
    props: { ...names(p.name, p.name.de), code: p.code, codeSystem: p.codeSystem, category: p.category },
  }));
  const instituteRows: NodeRow[] = institutes.map((i) => ({
    id: i.id,
    props: {
      ...names(i.name, localName(i.name, i.district)),
      ...descriptions(i.description),
      type: i.type, town: i.town, lat: i.lat, lon: i.lon, website: i.website,
    },
  }));
  const organisationRows: NodeRow[] = organisations.map((o) => ({
    id: o.id,
    props: {
      ...names(o.name, o.district ? localName(o.name, o.district) : o.name.de),
      ...descriptions(o.description),
      type: o.type, town: o.town, lat: o.lat, lon: o.lon,
      ...(o.website ? { website: o.website } : {}),
    },
  }));
  const eventRows: NodeRow[] = events.map((e) => ({
    id: e.id,
    props: { ...names(e.name, localName(e.name, e.district)), ...descriptions(e.description), type: e.type, date: e.date, town: e.town, ...e.programme },
  }));

  const located = [...institutes, ...organisations, ...events].flatMap((n) => (n.district ? [link(n.id, n.district)] : []));
  return {
    nodes: {
      Region: regionRows,
      Sector: sectorRows,
      Product: productRows,
      Institute: instituteRows,
      Organisation: organisationRows,
      Event: eventRows,
    },
    rels: {
      PART_OF: [...regions, ...sectors].flatMap((n) => (n.parent ? [link(n.id, n.parent)] : [])),
      INPUT_TO: products.flatMap((p) => p.inputs.map((input) => link(input, p.id))),
      LOCATED_IN: located,
      IN_SECTOR: [...institutes, ...organisations].map((n) => link(n.id, n.sector)),
      RESEARCHES: institutes.flatMap((i) => i.researches.map((target) => link(i.id, target))),
      COOPERATES_WITH: instituteCooperations.map(([a, b]) => link(a, b)),
      MEMBER_OF: instituteMemberships.map(([member, organisation]) => link(member, organisation)),
      ORGANISES: events.flatMap((e) => e.organisers.map((organiser) => link(organiser, e.id))),
      ATTENDS: events.flatMap((e) => e.guests.map((guest) => link(guest, e.id))),
    },
  };
}
