// The generator's promises on small graphs: deterministic per seed, consistent links, heavy-tailed
// supplier degrees, a cross-border share in the intended range, clustering by district and sector.
import { describe, expect, it } from 'vitest';
import type { Dataset, RelRow } from '../dataset';
import { generateFirmDataset } from '.';

const demoLike = generateFirmDataset({ firms: 1600, seed: 2025 });
const larger = generateFirmDataset({ firms: 5000, seed: 99 });

const districtOf = (dataset: Dataset) => new Map(dataset.rels.LOCATED_IN!.map((r) => [r.from, r.to]));
const countryOf = (district: string) => (district.startsWith('CZ') ? 'CZ' : 'DE');
const sectorOf = (dataset: Dataset) => new Map(dataset.rels.IN_SECTOR!.map((r) => [r.from, r.to]));
const pairs = (rows: RelRow[], key = (r: RelRow) => `${r.from}>${r.to}`) => new Set(rows.map(key));

function crossBorderShare(dataset: Dataset): number {
  const district = districtOf(dataset);
  const supplies = dataset.rels.SUPPLIES!;
  return supplies.filter((r) => countryOf(district.get(r.from)!) !== countryOf(district.get(r.to)!)).length / supplies.length;
}

describe('generateFirmDataset', () => {
  it('gives the same graph for the same seed and a different one for another seed', () => {
    const again = generateFirmDataset({ firms: 1600, seed: 2025 });
    expect(again).toEqual(demoLike);
    const other = generateFirmDataset({ firms: 1600, seed: 2026 });
    expect(other.nodes.Firm!.map((f) => f.props.name)).not.toEqual(demoLike.nodes.Firm!.map((f) => f.props.name));
    expect(other.rels.SUPPLIES).not.toEqual(demoLike.rels.SUPPLIES);
  });

  it('places every firm in one district and one sector class, about half of them in Czechia', () => {
    const firms = demoLike.nodes.Firm!;
    const district = districtOf(demoLike);
    expect(district.size).toBe(firms.length);
    expect(sectorOf(demoLike).size).toBe(firms.length);
    for (const row of demoLike.rels.IN_SECTOR!) expect(row.to).toMatch(/^[A-Z]\d{2}\.\d{2}$/);
    const czech = [...district.values()].filter((d) => countryOf(d) === 'CZ').length / firms.length;
    expect(czech).toBeGreaterThan(0.42);
    expect(czech).toBeLessThan(0.58);
  });

  it('keeps firm properties within what the API accepts', () => {
    for (const { id, props } of demoLike.nodes.Firm!) {
      expect(id).toMatch(/^F-\d{6}$/);
      expect((props.name as string).length).toBeLessThanOrEqual(200);
      expect(props.website).toMatch(/^https:\/\/www\.[a-z0-9-]+\.example$/);
      expect(['micro', 'small', 'medium', 'large']).toContain(props.size);
      expect(props.founded).toBeGreaterThanOrEqual(1800);
      expect(props.employees).toBeGreaterThan(0);
      for (const key of ['descriptionDe', 'descriptionCs', 'descriptionEn']) expect((props[key] as string).length).toBeLessThan(4000);
    }
  });

  it('links a supplier to a customer only for a product the one offers and the other needs', () => {
    const offers = pairs(demoLike.rels.OFFERS!);
    const needs = pairs(demoLike.rels.NEEDS!);
    const supplies = demoLike.rels.SUPPLIES!;
    for (const { from, to, props } of supplies) {
      expect(from).not.toBe(to);
      expect(offers.has(`${from}>${props!.product}`)).toBe(true);
      expect(needs.has(`${to}>${props!.product}`)).toBe(true);
    }
    expect(pairs(supplies, (r) => `${r.from}>${r.to}>${r.props!.product}`).size).toBe(supplies.length);
  });

  it('stores each cooperation once, never both ways', () => {
    const links = demoLike.rels.COOPERATES_WITH!;
    const undirected = pairs(links, (r) => [r.from, r.to].sort().join('~'));
    expect(undirected.size).toBe(links.length);
  });

  it('leaves a good share of needs with exactly one supplier', () => {
    const suppliersPerNeed = new Map<string, number>();
    for (const r of demoLike.rels.SUPPLIES!) {
      const key = `${r.to}>${r.props!.product}`;
      suppliersPerNeed.set(key, (suppliersPerNeed.get(key) ?? 0) + 1);
    }
    const single = [...suppliersPerNeed.values()].filter((n) => n === 1).length / demoLike.rels.NEEDS!.length;
    expect(single).toBeGreaterThan(0.25);
    expect(single).toBeLessThan(0.6);
  });

  it('gives suppliers heavy-tailed degrees: a few hubs, most firms with a handful of customers', () => {
    const degree = new Map<string, number>();
    for (const r of larger.rels.SUPPLIES!) degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    const sorted = larger.nodes.Firm!.map((f) => degree.get(f.id) ?? 0).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const max = sorted.at(-1)!;
    expect(max).toBeGreaterThanOrEqual(20 * Math.max(1, median));
    const top = sorted.slice(Math.floor(sorted.length * 0.95)).reduce((sum, d) => sum + d, 0);
    expect(top / larger.rels.SUPPLIES!.length).toBeGreaterThan(0.3);
  });

  it('sends 15–25 % of supply links across the border', () => {
    for (const dataset of [demoLike, larger]) {
      const share = crossBorderShare(dataset);
      expect(share).toBeGreaterThanOrEqual(0.15);
      expect(share).toBeLessThanOrEqual(0.25);
    }
  });

  it('clusters supply links by district, far above random pairing', () => {
    const district = districtOf(larger);
    const firmsPerDistrict = new Map<string, number>();
    for (const d of district.values()) firmsPerDistrict.set(d, (firmsPerDistrict.get(d) ?? 0) + 1);
    const randomSameDistrict = [...firmsPerDistrict.values()].reduce((sum, n) => sum + (n / district.size) ** 2, 0);
    const supplies = larger.rels.SUPPLIES!;
    const sameDistrict = supplies.filter((r) => district.get(r.from) === district.get(r.to)).length / supplies.length;
    expect(sameDistrict).toBeGreaterThan(2 * randomSameDistrict);
  });

  it('clusters sectors where the region has them: cars around Zwickau, glass and jewellery around Liberec', () => {
    const district = districtOf(larger);
    const sector = sectorOf(larger);
    const share = (prefixes: string[], inside: (d: string) => boolean) => {
      const firms = [...district.entries()].filter(([, d]) => inside(d));
      return firms.filter(([id]) => prefixes.some((p) => sector.get(id)!.startsWith(p))).length / firms.length;
    };
    expect(share(['C29'], (d) => d === 'DED45')).toBeGreaterThan(2 * share(['C29'], (d) => d.startsWith('DE') && d !== 'DED45'));
    expect(share(['C23.1', 'C32.13'], (d) => d === 'CZ051')).toBeGreaterThan(2 * share(['C23.1', 'C32.13'], (d) => d === 'CZ042'));
  });

  it('refuses a firm count that is not a positive whole number', () => {
    expect(() => generateFirmDataset({ firms: 0, seed: 1 })).toThrow(/positive whole number/);
    expect(() => generateFirmDataset({ firms: 2.5, seed: 1 })).toThrow(/positive whole number/);
  });
});
