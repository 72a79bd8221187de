// Alternative suppliers with their score parts, and institutes to ask, on a hand-built graph; the
// scores are worked out below from the weights in server/src/graph/scores.ts.
import { describe, expect, it } from 'vitest';
import type { Diversification } from '../../server/src/schemas/diversification';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

// Firms sit on the meridian 13°E, so distances are arcs of a great circle: Neo4j's haversine uses
// an earth radius of 6378.14 km, so 0.5° of latitude is 55.66 km and 1° is 111.32 km.
const graph = fixture()
  .product('P-TURN', { name: 'Drehteile', nameEn: 'Turned parts', category: 'machined' })
  .product('P-MILL', { name: 'Frästeile', nameEn: 'Milled parts', category: 'machined' })
  .product('P-BAR', { name: 'Stabstahl', category: 'steel' })
  .firm('F-A', { name: 'Anton', district: 'DED41', sector: 'C29.32', lat: 50, lon: 13 })
  .firm('F-S', { name: 'Stamm-Lieferant', district: 'DED42', lat: 50.2, lon: 13 })
  .firm('F-B', { name: 'Berger', district: 'DED41', size: 'small', lat: 50, lon: 13 })
  .firm('F-C', { name: 'Cheb', district: 'CZ041', size: 'medium', certifications: ['ISO 9001', 'IATF 16949'], lat: 50.5, lon: 13 })
  .firm('F-D', { name: 'Dresdner Fräs', district: 'DED21', size: 'large', lat: 51, lon: 13 })
  .firm('F-K', { name: 'Kunde', district: 'DED41', lat: 50.1, lon: 13 })
  .firm('F-Z', { name: 'Zinnwald Stahl', district: 'DED21' })
  .organisation('O-1', { name: 'Cluster Metall' })
  .organisation('O-2', { name: 'Netz Sachsen' })
  .institute('I-1', { name: 'Institut Drehen', district: 'DED41', lat: 50, lon: 13.5 })
  .institute('I-2', { name: 'Institut Fräsen', district: 'DED21' })
  .institute('I-3', { name: 'Institut Fahrzeugbau', district: 'DED41' })
  .institute('I-4', { name: 'Institut Forschung', district: 'DED41' })
  .institute('I-5', { name: 'Institut Industrie', district: 'DED41' })
  // A buys turned parts from S today, sells milled parts to K, and offers them (so it is no
  // alternative to itself); B and C offer turned parts (B milled parts too: it is listed once, as
  // offering the product), D only milled parts (a substitute).
  .supplies('F-S', 'F-A', 'P-TURN')
  .supplies('F-A', 'F-K', 'P-MILL')
  .offers('F-B', 'P-TURN')
  .offers('F-B', 'P-MILL')
  .offers('F-C', 'P-TURN')
  .offers('F-D', 'P-MILL')
  .offers('F-Z', 'P-BAR')
  .needs('F-A', 'P-TURN')
  // S can introduce A to C, K can introduce A to D; A and C are both in cluster O-1.
  .cooperates('F-S', 'F-C')
  .cooperates('F-K', 'F-D')
  .member('F-A', 'O-1')
  .member('F-C', 'O-1')
  .member('F-B', 'O-2')
  .researches('I-1', 'P-TURN')
  .researches('I-2', 'P-MILL')
  .researches('I-3', 'C29')
  .researches('I-4', 'M72')
  .researches('I-5', 'C')
  .cooperates('F-A', 'I-3');

const { get, error } = apiOver(graph);
const url = '/api/diversification?firm=F-A&product=P-TURN';

describe('GET /api/diversification', () => {
  it('ranks the firms A does not buy from yet by the sum of the parts', async () => {
    const answer = await get<Diversification>(url);
    expect(answer.currentSuppliers.map((s) => s.id)).toEqual(['F-S']);
    // C: 25 product + 20·(1 − 55.66/300) = 16.3 distance + 10 cross-border + 7.5 medium + 5 one shared cluster
    //    + 10 two certificates + 15 introduced by S = 88.8
    // B: 25 + 20 (0 km) + 5 small = 50
    // D: 10 substitute + 20·(1 − 111.32/300) = 12.6 + 10 large + 15 introduced by K = 47.6
    expect(answer.alternatives.map((a) => [a.firm.id, a.score])).toEqual([
      ['F-C', 88.8],
      ['F-B', 50],
      ['F-D', 47.6],
    ]);
    expect(answer.totalAlternatives).toBe(3);
    const [c, b, d] = answer.alternatives;
    expect(c!.parts).toEqual({
      product: { sameProduct: true, points: 25 },
      distance: { km: 55.7, points: 16.3 },
      crossBorder: { value: true, points: 10 },
      size: { value: 'medium', points: 7.5 },
      organisations: { shared: [expect.objectContaining({ id: 'O-1', name: 'Cluster Metall' })], points: 5 },
      certifications: { held: ['ISO 9001', 'IATF 16949'], points: 10 },
      introduction: { introducers: [expect.objectContaining({ id: 'F-S', name: 'Stamm-Lieferant' })], points: 15 },
    });
    expect(b!.offers.map((p) => p.id)).toEqual(['P-MILL', 'P-TURN']);
    expect(b!.parts.product).toEqual({ sameProduct: true, points: 25 });
    expect(d!.offers.map((p) => [p.id, p.nameEn])).toEqual([['P-MILL', 'Milled parts']]);
    expect(d!.parts.product).toEqual({ sameProduct: false, points: 10 });
    expect(d!.parts.introduction.introducers.map((i) => i.id)).toEqual(['F-K']);
  });

  it('lists at most limit alternatives and still counts them all', async () => {
    const answer = await get<Diversification>(`${url}&limit=1`);
    expect(answer.alternatives.map((a) => a.firm.id)).toEqual(['F-C']);
    expect(answer.totalAlternatives).toBe(3);
    // Shared organisations are read only for the firms that can still make the list (B and D not
    // at limit 1): every shorter list is the start of the whole one, parts and all.
    const whole = await get<Diversification>(url);
    for (const limit of [1, 2, 3]) {
      expect((await get<Diversification>(`${url}&limit=${limit}`)).alternatives).toEqual(whole.alternatives.slice(0, limit));
    }
  });

  it('names institutes researching the product, then its category, then the firm’s sector', async () => {
    const answer = await get<Diversification>(url);
    expect(answer.institutes.map((i) => [i.institute.id, i.reasons.map((r) => `${r.reason}:${r.id}`), i.cooperating])).toEqual([
      ['I-1', ['product:P-TURN'], false],
      ['I-2', ['category:P-MILL'], false],
      ['I-3', ['sector:C29'], true],
    ]);
    expect(answer.institutes[0]!.reasons[0]!.name).toBe('Drehteile');
    expect(answer.institutes[0]!.distanceKm).toBeGreaterThan(35);
    expect((await get<Diversification>(`${url}&institutes=0`)).institutes).toEqual([]);
  });

  it('answers 400 NOT_NEEDED for a product the firm does not need, 404 for unknown ids, 400 for a bad limit', async () => {
    expect(await error('/api/diversification?firm=F-A&product=P-BAR')).toMatchObject({ status: 400, code: 'NOT_NEEDED', field: '/query/product' });
    expect(await error('/api/diversification?firm=F-NONE&product=P-TURN')).toMatchObject({ status: 404, field: '/query/firm' });
    expect(await error('/api/diversification?firm=F-A&product=P-NONE')).toMatchObject({ status: 404, field: '/query/product' });
    expect(await error(`${url}&limit=101`)).toMatchObject({ status: 400, code: 'VALIDATION', field: '/query/limit' });
  });
});
