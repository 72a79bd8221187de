// The hand-written reference data holds together: ids unique, hierarchies complete, every link points
// at something that exists, the product chains are deep and acyclic, texts complete in three languages.
import { describe, expect, it } from 'vitest';
import { sectorProfiles } from '../generate/profiles';
import { districts, events, institutes, organisations, products, referenceDataset, regions, sectors } from '.';
import { instituteCooperations } from './institutes';
import { instituteMemberships } from './organisations';
import type { Text } from './types';

const regionIds = new Set(regions.map((r) => r.id));
const sectorIds = new Set(sectors.map((s) => s.id));
const productIds = new Set(products.map((p) => p.id));
const classIds = new Set(sectors.filter((s) => s.level === 'class').map((s) => s.id));
const nodeIds = [...regions, ...sectors, ...products, ...institutes, ...organisations, ...events].map((n) => n.id);
const texts = (n: { name: Text; description?: Text }) => [n.name, ...(n.description ? [n.description] : [])];

describe('reference data', () => {
  it('gives every node its own id', () => {
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
  });

  it('names everything in German, Czech and English within the API limits', () => {
    for (const node of [...regions, ...sectors, ...products, ...institutes, ...organisations, ...events]) {
      for (const text of texts(node)) {
        for (const value of [text.de, text.cs, text.en]) expect(value.trim().length, node.id).toBeGreaterThan(0);
      }
      for (const value of Object.values(node.name)) expect(value.length, node.id).toBeLessThanOrEqual(200);
    }
  });

  it('nests NUTS codes: districts under regions under countries, codes growing by one character', () => {
    for (const region of regions) {
      if (region.level === 'country') {
        expect(region.parent).toBeUndefined();
        continue;
      }
      const parent = regions.find((r) => r.id === region.parent)!;
      expect(parent.level, region.id).toBe(region.level === 'district' ? 'region' : 'country');
      expect(region.id.startsWith(parent.id), region.id).toBe(true);
      expect(region.id.length - parent.id.length, region.id).toBe(region.level === 'district' ? 1 : 2);
      expect(region.country, region.id).toBe(parent.country);
    }
    expect(districts.map((d) => d.id).sort()).toEqual(
      ['CZ041', 'CZ042', 'CZ051', 'DED21', 'DED2C', 'DED2D', 'DED2E', 'DED2F', 'DED41', 'DED42', 'DED43', 'DED44', 'DED45'],
    );
  });

  it('places every town near its district and weights the districts of each country to one', () => {
    for (const district of districts) {
      expect(district.towns.length, district.id).toBeGreaterThan(0);
      for (const town of district.towns) {
        expect(Math.abs(town.lat - district.lat), town.name).toBeLessThan(0.5);
        expect(Math.abs(town.lon - district.lon), town.name).toBeLessThan(0.8);
      }
    }
    for (const country of ['DE', 'CZ']) {
      const total = districts.filter((d) => d.country === country).reduce((sum, d) => sum + d.weight, 0);
      expect(total).toBeCloseTo(1, 5);
    }
  });

  it('keeps the NACE hierarchy complete, with official codes', () => {
    for (const sector of sectors) {
      if (sector.level === 'section') expect(sector.parent).toBeUndefined();
      else expect(sectorIds.has(sector.parent!), sector.id).toBe(true);
      expect(sector.code, sector.id).toMatch(/^([A-Z]|\d{2}|\d{2}\.\d|\d{2}\.\d{2})$/);
    }
  });

  it('gives every product a CPA code, a short category and makers the generator knows', () => {
    for (const product of products) {
      expect(product.code, product.id).toMatch(/^\d{2}\.\d{2}(\.\d{2})?$/);
      expect(product.category.length, product.id).toBeLessThanOrEqual(16);
      expect(product.makers.length, product.id).toBeGreaterThan(0);
      for (const maker of product.makers) {
        expect(classIds.has(maker), `${product.id} maker ${maker}`).toBe(true);
        expect(sectorProfiles[maker], `${product.id} maker ${maker}`).toBeDefined();
      }
      for (const input of product.inputs) expect(productIds.has(input), `${product.id} input ${input}`).toBe(true);
    }
    expect(products.length).toBeGreaterThanOrEqual(100);
  });

  it('lets every sector the generator uses make at least one product', () => {
    for (const sector of Object.keys(sectorProfiles)) {
      expect(classIds.has(sector), sector).toBe(true);
      expect(products.some((p) => p.makers.includes(sector)), sector).toBe(true);
    }
  });

  it('chains products without cycles and at least six tiers deep', () => {
    const inputs = new Map(products.map((p) => [p.id, p.inputs]));
    const depth = new Map<string, number>();
    const visiting = new Set<string>();
    const depthOf = (id: string): number => {
      if (depth.has(id)) return depth.get(id)!;
      if (visiting.has(id)) throw new Error(`INPUT_TO cycle through ${id}`);
      visiting.add(id);
      const value = 1 + Math.max(0, ...inputs.get(id)!.map(depthOf));
      visiting.delete(id);
      depth.set(id, value);
      return value;
    };
    expect(Math.max(...products.map((p) => depthOf(p.id)))).toBeGreaterThanOrEqual(7);
  });

  it('links institutes, organisations and events only to what exists', () => {
    for (const institute of institutes) {
      expect(regionIds.has(institute.district), institute.id).toBe(true);
      expect(sectorIds.has(institute.sector), institute.id).toBe(true);
      for (const target of institute.researches) expect(sectorIds.has(target) || productIds.has(target), `${institute.id} ${target}`).toBe(true);
    }
    for (const organisation of organisations) {
      if (organisation.district) expect(regionIds.has(organisation.district), organisation.id).toBe(true);
      expect(sectorIds.has(organisation.sector), organisation.id).toBe(true);
      for (const district of organisation.members?.districts ?? []) expect(regionIds.has(district), organisation.id).toBe(true);
    }
    const actors = new Set([...institutes, ...organisations].map((n) => n.id));
    for (const event of events) {
      expect(event.date, event.id).toMatch(/^202[56]-\d{2}-\d{2}$/);
      expect(regionIds.has(event.district), event.id).toBe(true);
      for (const id of [...event.organisers, ...event.guests]) expect(actors.has(id), `${event.id} ${id}`).toBe(true);
    }
    for (const [a, b] of [...instituteCooperations, ...instituteMemberships]) {
      expect(actors.has(a) && actors.has(b), `${a} ${b}`).toBe(true);
    }
  });

  it('turns into a dataset whose relationships all end at its own nodes', () => {
    const dataset = referenceDataset();
    const ids = new Set(Object.values(dataset.nodes).flatMap((rows) => rows.map((row) => row.id)));
    for (const [type, rows] of Object.entries(dataset.rels)) {
      for (const row of rows) expect(ids.has(row.from) && ids.has(row.to), `${type} ${row.from} -> ${row.to}`).toBe(true);
    }
  });
});
