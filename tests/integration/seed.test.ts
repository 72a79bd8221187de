// The demo data and the importers against the real database: the demo loads on an empty database
// only, loading it twice leaves the same graph, and the loaded graph has the shape the product needs
// (every firm placed, consistent supply links, cross-border links, single sources, four-tier chains,
// full-text search in German and Czech). The bulk CREATE path gives the same graph as MERGE.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../server/src/graph/lucene';
import { readQuery } from '../../server/src/graph/queries';
import { bulkImportDataset } from '../../seed/src/bulk-import';
import { demoDataset, loadDemoIfEmpty } from '../../seed/src/demo-loader';
import { generateDataset } from '../../seed/src/generate';
import { importDataset } from '../../seed/src/import';
import { measureQuality, type GraphQuality } from '../../seed/src/quality';
import { testDatabase } from '../setup/database';

const db = testDatabase();
const search = readQuery<{ total: number; items: { id: string }[] }>('search/search-entities');

afterAll(() => db.close());

describe('demo data', () => {
  const demo = demoDataset();
  const logged: string[] = [];
  let firstLoad: Awaited<ReturnType<typeof db.snapshot>>;
  let quality: GraphQuality;

  beforeAll(async () => {
    await db.reset();
    await loadDemoIfEmpty(db.runner, (line) => logged.push(line));
    firstLoad = await db.snapshot();
    await importDataset(db.runner, demo);
    await loadDemoIfEmpty(db.runner, (line) => logged.push(line));
    quality = await measureQuality(db.runner);
    // The demo includes the cooperation exchanges, written call by call through the events repository.
  }, 600_000);

  it('loads once into an empty database, with a one-line summary, and leaves a loaded one alone', () => {
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Loaded the demo data .*1600 firms/);
  });

  it('gives identical counts by label and type when imported a second time', async () => {
    expect(await db.snapshot()).toEqual(firstLoad);
    expect(firstLoad.labels.Firm).toBe(demo.nodes.Firm!.length);
    // The outcomes of the past cooperation exchanges add the supply links they claimed.
    const claimed = quality.exchanges.reduce((sum, e) => sum + e.supplies, 0);
    expect(firstLoad.types.SUPPLIES).toBe(demo.rels.SUPPLIES!.length + claimed);
  });

  it('has the four cooperation exchanges, two on each side, with registrations, requests, a timetable, and outcomes for the past ones', () => {
    expect(quality.exchanges.map((e) => e.event)).toEqual(['E-2025-05-AUTO-EXCHANGE', 'E-2025-10-GLASS', 'E-2026-04-MACHINERY', 'E-2026-12-ELECTRONICS-EXCHANGE']);
    for (const exchange of quality.exchanges) {
      expect(exchange.registrations).toBeGreaterThanOrEqual(16);
      expect(exchange.meetings).toBeGreaterThan(exchange.registrations);
      expect(exchange.placed).toBeGreaterThan(0);
      const past = exchange.date < '2026-12-01';
      expect(exchange.outcomes > 0).toBe(past);
      expect(exchange.supplies + exchange.cooperations > 0).toBe(past);
      expect(exchange.confirmed).toBeLessThanOrEqual(exchange.supplies + exchange.cooperations);
    }
  });

  it('holds at least 1,500 firms, spread over both countries', () => {
    const { DE = 0, CZ = 0 } = quality.firmsByCountry;
    expect(DE + CZ).toBeGreaterThanOrEqual(1500);
    expect(Math.min(DE, CZ) / (DE + CZ)).toBeGreaterThan(0.4);
  });

  it('places every firm in a district and a sector', () => {
    expect(quality.unplacedFirms).toBe(0);
  });

  it('links firms by SUPPLIES only for a product the supplier offers and the customer needs', () => {
    expect(quality.supplies).toBeGreaterThan(0);
    expect(quality.inconsistentSupplies).toBe(0);
  });

  it('has supply links across the border, about a fifth of them', () => {
    const share = quality.crossBorderSupplies / quality.supplies;
    expect(share).toBeGreaterThanOrEqual(0.15);
    expect(share).toBeLessThanOrEqual(0.25);
  });

  it('has needs that hang on a single supplier', () => {
    expect(quality.singleSourceNeeds).toBeGreaterThan(100);
  });

  it('has material supply chains at least four tiers deep', () => {
    expect(quality.fourTierChain?.firms).toHaveLength(5);
    expect(quality.fourTierChain?.products).toHaveLength(4);
  });

  it.each(['Spritzguss', 'vstřikování'])('finds injection moulders by "%s" in the full-text index', async (text) => {
    const moulders = new Set(demo.rels.OFFERS!.filter((r) => r.to === 'P-INJECTION').map((r) => r.from));
    const [page] = await db.runner.run(search, {
      q: toLuceneQuery(text), kind: 'firm', country: null, size: null, region: null, sector: null, limit: 200, offset: 0, drafts: [],
    });
    const found = page!.items.filter((item) => moulders.has(item.id)).length;
    expect(found).toBeGreaterThanOrEqual(Math.min(moulders.size, 10));
    expect(moulders.size).toBeGreaterThan(10);
  });
});

describe('bulk import', () => {
  const dataset = generateDataset({ firms: 400, seed: 11 });

  it('creates the same graph that the MERGE import finds complete', async () => {
    await db.reset();
    const stats = await bulkImportDataset(db.runner, dataset, { batchSize: 1000 });
    const bulk = await db.snapshot();
    expect(stats.nodes).toBe(Object.values(dataset.nodes).reduce((sum, rows) => sum + rows.length, 0));
    expect(Object.values(bulk.types).reduce((sum, n) => sum + n, 0)).toBe(stats.relationships);
    await importDataset(db.runner, dataset);
    expect(await db.snapshot()).toEqual(bulk);
    const quality = await measureQuality(db.runner);
    expect(quality.unplacedFirms).toBe(0);
    expect(quality.inconsistentSupplies).toBe(0);
  });

  it('refuses a database that already holds data, and changes nothing', async () => {
    const before = await db.snapshot();
    await expect(bulkImportDataset(db.runner, dataset)).rejects.toThrow(/not empty/);
    expect(await db.snapshot()).toEqual(before);
  });
});
