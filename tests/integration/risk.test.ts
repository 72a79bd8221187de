// Single-source and concentration risk on a hand-built graph; flags, Herfindahl–Hirschman indices
// and dependants (stored by the whole-region metrics job, run once the graph is loaded) are worked
// out by hand below.
import { describe, expect, it } from 'vitest';
import { maxTier } from '../../server/src/metrics/tiers';
import type { AreaRisk, FirmRisk } from '../../server/src/schemas/risk';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

// The area Chemnitz (DED4) has A1, A3 (DED41) and A2 (DED42). Suppliers outside: S1, S4 (Dresden,
// DED21), S2 (CZ041), S3 (CZ042); T (CZ041) supplies S1. X (CZ) shares cluster O-1 with A1.
// A1 also supplies S2, so A1 <- S2 <- A1 is a cycle.
const graph = fixture()
  .firm('F-A1', { district: 'DED41', sector: 'C25.62' })
  .firm('F-A2', { district: 'DED42', sector: 'C25.62' })
  .firm('F-A3', { district: 'DED41', sector: 'C22.29' })
  .firm('F-S1', { district: 'DED21' })
  .firm('F-S2', { district: 'CZ041' })
  .firm('F-S3', { district: 'CZ042' })
  .firm('F-S4', { district: 'DED21' })
  .firm('F-T', { district: 'CZ041' })
  .firm('F-X', { district: 'CZ051' })
  .organisation('O-1', { name: 'Cluster Grenzland' })
  .member('F-A1', 'O-1')
  .member('F-X', 'O-1');
for (let p = 1; p <= 8; p++) graph.product(`P-${p}`, { name: `Produkt ${p}`, category: `c${p}` });
graph
  .supplies('F-S1', 'F-A1', 'P-1')
  .supplies('F-S2', 'F-A1', 'P-2')
  .supplies('F-S3', 'F-A1', 'P-2')
  .supplies('F-S4', 'F-A1', 'P-3')
  .supplies('F-S1', 'F-A1', 'P-3')
  .needs('F-A1', 'P-4')
  .offers('F-S3', 'P-4')
  .supplies('F-S2', 'F-A1', 'P-5')
  .supplies('F-S4', 'F-A1', 'P-5')
  .supplies('F-S1', 'F-A2', 'P-1')
  .supplies('F-S2', 'F-A3', 'P-2')
  .supplies('F-A2', 'F-A3', 'P-6')
  .supplies('F-T', 'F-S1', 'P-7')
  .supplies('F-A1', 'F-S2', 'P-8');

const { get, error } = apiOver(graph, { metrics: true });

describe('GET /api/risk/firm', () => {
  it('flags each needed product: no supplier, single source, all in one country or district', async () => {
    const risk = await get<FirmRisk>('/api/risk/firm?firm=F-A1');
    expect(risk.products.map((p) => [p.product.id, p.suppliers.map((s) => s.id), p.risks])).toEqual([
      ['P-4', [], ['NO_SUPPLIER']],
      ['P-1', ['F-S1'], ['SINGLE_SOURCE']],
      ['P-2', ['F-S2', 'F-S3'], ['ONE_COUNTRY']],
      ['P-3', ['F-S1', 'F-S4'], ['ONE_COUNTRY', 'ONE_DISTRICT']],
      ['P-5', ['F-S2', 'F-S4'], []],
    ]);
    expect(risk.products[2]).toMatchObject({ countries: ['CZ'], districts: ['CZ041', 'CZ042'], offeredBy: 2 });
    expect(risk.products[0]).toMatchObject({ offeredBy: 1, product: { name: 'Produkt 4' } });
  });

  it('has nothing to flag for a firm that needs nothing', async () => {
    expect(await get<FirmRisk>('/api/risk/firm?firm=F-T')).toMatchObject({ firm: { id: 'F-T' }, products: [] });
  });

  it('answers 404 for an unknown firm', async () => {
    expect(await error('/api/risk/firm?firm=F-NONE')).toMatchObject({ status: 404, field: '/query/firm' });
  });
});

describe('GET /api/risk/area', () => {
  it('measures concentration by country and district over the supply links into the area', async () => {
    const risk = await get<AreaRisk>('/api/risk/area?region=DED4&k=1');
    expect(risk).toMatchObject({ firms: 3, supplyLinks: 10 });
    // 6 of 10 links come from Germany, 4 from Czechia: 60² + 40² = 5200.
    expect(risk.concentration.country).toEqual({
      hhi: 5200,
      shares: [
        { id: 'DE', links: 6, share: 0.6 },
        { id: 'CZ', links: 4, share: 0.4 },
      ],
    });
    // DED21 5, CZ041 3, CZ042 1, DED42 1: 50² + 30² + 10² + 10² = 3600.
    expect(risk.concentration.district.hhi).toBe(3600);
  });

  it('lists the products with the fewest suppliers first, with their own indices', async () => {
    const risk = await get<AreaRisk>('/api/risk/area?region=DED4&k=1');
    expect(risk.products.map((p) => [p.product.id, p.buyers, p.suppliers, p.offeredBy, p.hhiCountry, p.hhiDistrict])).toEqual([
      ['P-4', 1, 0, 1, null, null],
      ['P-1', 2, 1, 1, 10_000, 10_000],
      ['P-6', 1, 1, 1, 10_000, 10_000],
      // S2 twice (CZ041), S3 once (CZ042): (2/3)² + (1/3)² of 10 000.
      ['P-2', 2, 2, 2, 10_000, 5556],
      ['P-3', 1, 2, 2, 10_000, 10_000],
      ['P-5', 1, 2, 2, 5000, 5000],
    ]);
    expect((await get<AreaRisk>('/api/risk/area?region=DED4&k=1&limit=2')).products.map((p) => p.product.id)).toEqual(['P-4', 'P-1']);
  });

  it('ranks the area firms and their suppliers by the firms of the region depending on them within k tiers', async () => {
    const critical = async (k: number) =>
      (await get<AreaRisk>(`/api/risk/area?region=DED4&k=${k}`)).criticalFirms.map((c) => [c.firm.id, c.dependants, c.direct]);
    // Candidates: A1, A2, A3 and their suppliers S1–S4 (T is two tiers up). A3 supplies nobody.
    expect(await critical(1)).toEqual([
      ['F-S1', 2, 2],
      ['F-S2', 2, 2],
      ['F-A1', 1, 1],
      ['F-A2', 1, 1],
      ['F-S3', 1, 1],
      ['F-S4', 1, 1],
    ]);
    // Two tiers: S1 reaches S2 through A1 and A3 through A2; S3 and S4 reach S2 through A1; A1
    // reaches A3 through S2; S2 only comes back round to A1.
    expect(await critical(2)).toEqual([
      ['F-S1', 4, 2],
      ['F-S2', 2, 2],
      ['F-A1', 2, 1],
      ['F-S3', 2, 1],
      ['F-S4', 2, 1],
      ['F-A2', 1, 1],
    ]);
    // Three tiers: S3 and S4 reach A3 through A1 and S2.
    expect(await critical(3)).toEqual([
      ['F-S1', 4, 2],
      ['F-S3', 3, 1],
      ['F-S4', 3, 1],
      ['F-S2', 2, 2],
      ['F-A1', 2, 1],
      ['F-A2', 1, 1],
    ]);
    const risk = await get<AreaRisk>('/api/risk/area?region=DED4');
    expect(risk.dependantsComputedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('answers a district from the figures the whole-region job stored, as the live query answers the same firms', async () => {
    // DED41 has A1 and A3. Their 9 supply links: A1 from S1 (P-1, P-3), S2 (P-2, P-5), S3 (P-2),
    // S4 (P-3, P-5); A3 from S2 (P-2) and A2 (P-6). From Germany S1 2, S4 2, A2 1; from Czechia
    // S2 3, S3 1: (5/9)² + (4/9)² of 10 000 = 5062.
    const stored = await get<AreaRisk>('/api/risk/area?region=DED41&k=1');
    expect(stored).toMatchObject({ firms: 2, supplyLinks: 9, concentration: { country: { hhi: 5062 } } });
    expect(stored.figuresComputedAt).toBe(stored.dependantsComputedAt);
    expect(stored.products.map((p) => [p.product.id, p.buyers, p.suppliers, p.offeredBy])).toEqual([
      ['P-4', 1, 0, 1],
      ['P-1', 1, 1, 1],
      ['P-6', 1, 1, 1],
      ['P-2', 2, 2, 2],
      ['P-3', 1, 2, 2],
      ['P-5', 1, 2, 2],
    ]);
    // A1 and A3 are all of DED41's firms in section C: the same area, asked with a filter the
    // stored figures do not cover, is read live, and answers alike for every k and a short limit.
    for (const query of ['k=1', 'k=2', 'k=3', 'k=3&limit=2']) {
      const fromStore = await get<AreaRisk>(`/api/risk/area?region=DED41&${query}`);
      const live = await get<AreaRisk>(`/api/risk/area?region=DED41&sector=C&${query}`);
      expect(live.figuresComputedAt).toBeNull();
      expect({ ...live, area: fromStore.area, figuresComputedAt: fromStore.figuresComputedAt }).toEqual(fromStore);
    }
  });

  it('combines sector, region and cluster filters', async () => {
    expect(await get<AreaRisk>('/api/risk/area?cluster=O-1')).toMatchObject({ firms: 2, area: { cluster: 'O-1', region: null } });
    expect(await get<AreaRisk>('/api/risk/area?cluster=O-1&region=DED4')).toMatchObject({ firms: 1 });
    expect(await get<AreaRisk>('/api/risk/area?sector=C25&region=DED4')).toMatchObject({ firms: 2, supplyLinks: 8 });
  });

  it('answers 400 without a filter or with k out of range, 404 for an unknown area', async () => {
    expect(await error('/api/risk/area')).toMatchObject({ status: 400, code: 'VALIDATION' });
    expect(await error(`/api/risk/area?region=DED4&k=${maxTier + 1}`)).toMatchObject({ status: 400, field: '/query/k' });
    expect(await error('/api/risk/area?region=XX9')).toMatchObject({ status: 404, field: '/query/region' });
    expect(await error('/api/risk/area?sector=DED4')).toMatchObject({ status: 404, field: '/query/sector' });
    expect(await error('/api/risk/area?cluster=F-A1')).toMatchObject({ status: 404, field: '/query/cluster' });
  });
});
