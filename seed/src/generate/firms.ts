// Draws the firms themselves: country (about half on each side), district (by economic weight),
// sector class (by the region's industrial mix times the district's strengths, which is what clusters
// sectors by district), town and jittered coordinates, size and staff, founding year, certifications,
// what each firm offers (from its sector's products) and what it needs (the inputs of those products
// plus the equipment and services its sector buys).
import { districts, products } from '../reference';
import type { Country, DistrictEntry, Town } from '../reference/types';
import { firmName, websiteOf } from './names';
import { certificationRules, producerUses, sectorProfiles, sizes, sizeShares, type Size } from './profiles';
import { WeightedTable, type Random } from './random';

export interface Firm {
  index: number;
  id: string;
  name: string;
  country: Country;
  district: DistrictEntry;
  sector: string;
  size: Size;
  town: string;
  lat: number;
  lon: number;
  employees: number;
  founded: number;
  website: string;
  certifications: string[];
  offers: string[];
  needs: string[];
}

/** Share of firms on the Czech side (the three kraje hold slightly more businesses than the Saxon districts). */
const czechShare = 0.5;

const firmId = (index: number) => `F-${String(index + 1).padStart(6, '0')}`;

const productsByMaker = new Map<string, string[]>();
for (const product of products) {
  for (const maker of product.makers) productsByMaker.set(maker, [...(productsByMaker.get(maker) ?? []), product.id]);
}
const inputsOf = new Map(products.map((p) => [p.id, p.inputs]));

function strength(district: DistrictEntry, sector: string): number {
  let factor = 1;
  for (const [prefix, multiplier] of Object.entries(district.strengths)) if (sector.startsWith(prefix)) factor *= multiplier;
  return factor;
}

const sectorIds = Object.keys(sectorProfiles);
const sectorTables = new Map(
  districts.map((d) => [d.id, new WeightedTable(sectorIds, sectorIds.map((s) => sectorProfiles[s]!.weight * strength(d, s)))]),
);
const districtTables = new Map<Country, WeightedTable<DistrictEntry>>(
  (['DE', 'CZ'] as const).map((country) => {
    const own = districts.filter((d) => d.country === country);
    return [country, new WeightedTable(own, own.map((d) => d.weight))];
  }),
);
const townTables = new Map(districts.map((d) => [d.id, new WeightedTable<Town>(d.towns, d.towns.map((t) => t.population))]));
const sizeTable = new WeightedTable([0, 1, 2, 3], sizeShares);

function drawSize(random: Random, sector: string): Size {
  return sizes[Math.min(3, sizeTable.draw(random) + (sectorProfiles[sector]!.sizeShift ?? 0))]!;
}

function drawEmployees(random: Random, size: Size): number {
  const logUniform = (min: number, max: number) => Math.round(Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min))));
  if (size === 'micro') return logUniform(1, 9);
  if (size === 'small') return logUniform(10, 49);
  if (size === 'medium') return logUniform(50, 249);
  // Large firms follow a Pareto tail: most have a few hundred staff, a handful several thousand.
  return Math.min(12_000, Math.round(250 / Math.pow(1 - random.next(), 1 / 1.3)));
}

function drawFounded(random: Random): number {
  const roll = random.next();
  if (roll < 0.12) return random.between(1860, 1945);
  if (roll < 0.22) return random.between(1946, 1989);
  return random.between(1990, 2023);
}

function drawCertifications(random: Random, sector: string, size: Size): string[] {
  const sizeIndex = sizes.indexOf(size);
  return certificationRules
    .filter((rule) => rule.sectors.some((prefix) => sector.startsWith(prefix)) && random.chance(rule.chance[sizeIndex]!))
    .map((rule) => rule.name);
}

function drawOffers(random: Random, sector: string): string[] {
  const candidates = productsByMaker.get(sector) ?? [];
  if (candidates.length === 0) throw new Error(`generate: sector ${sector} makes no product`);
  const count = Math.min(candidates.length, 1 + (random.chance(0.45) ? 1 : 0) + (random.chance(0.15) ? 1 : 0));
  const pool = [...candidates];
  const chosen: string[] = [];
  while (chosen.length < count) chosen.push(...pool.splice(random.int(pool.length), 1));
  return chosen;
}

const usesScale: Record<Size, number> = { micro: 0.6, small: 1, medium: 1.3, large: 1.6 };

function drawNeeds(random: Random, sector: string, size: Size, offers: string[]): string[] {
  const needs = new Set<string>();
  for (const offer of offers) {
    const inputs = inputsOf.get(offer) ?? [];
    const taken = inputs.filter(() => random.chance(0.6));
    if (taken.length === 0 && inputs.length > 0) taken.push(random.pick(inputs));
    for (const input of taken) needs.add(input);
  }
  const isProducer = sector.startsWith('B') || sector.startsWith('C');
  const uses = { ...(isProducer ? producerUses : {}), ...sectorProfiles[sector]!.uses };
  for (const [product, chance] of Object.entries(uses)) if (random.chance(chance * usesScale[size])) needs.add(product);
  for (const offer of offers) needs.delete(offer);
  return [...needs];
}

export function generateFirms(random: Random, count: number): Firm[] {
  const usedNames = new Set<string>();
  const firms: Firm[] = [];
  for (let index = 0; index < count; index++) {
    const country: Country = random.chance(czechShare) ? 'CZ' : 'DE';
    const district = districtTables.get(country)!.draw(random);
    const sector = sectorTables.get(district.id)!.draw(random);
    const town = townTables.get(district.id)!.draw(random);
    // Cities spread wider than small towns; about 2–5 km around the centre.
    const spread = town.population > 100 ? 0.04 : 0.02;
    const size = drawSize(random, sector);
    let name = firmName(random, sector, district, town.name, size);
    for (let attempt = 0; usedNames.has(name) && attempt < 5; attempt++) name = firmName(random, sector, district, town.name, size);
    usedNames.add(name);
    const offers = drawOffers(random, sector);
    firms.push({
      index,
      id: firmId(index),
      name,
      country,
      district,
      sector,
      size,
      town: town.name,
      lat: Math.round((town.lat + random.normal() * spread) * 1e5) / 1e5,
      lon: Math.round((town.lon + random.normal() * spread * 1.5) * 1e5) / 1e5,
      employees: drawEmployees(random, size),
      founded: drawFounded(random),
      website: websiteOf(name),
      certifications: drawCertifications(random, sector, size),
      offers,
      needs: drawNeeds(random, sector, size, offers),
    });
  }
  return firms;
}
