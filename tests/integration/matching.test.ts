// Partner matching on a hand-built graph: trade across the border both ways, cooperation
// candidates with their score parts (worked out from server/src/graph/scores.ts), institutes.
import { describe, expect, it } from 'vitest';
import type { CooperationCandidates, InstitutesAnswer, TradePartners } from '../../server/src/schemas/matching';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

// M (Chemnitz, 50.8°N 12.9°E) needs steel and offers turned parts, which go into gears. Everyone
// else sits on 12.9°E too: 0.1° of latitude is 11.13 km, 0.2° 22.26 km, 0.5° 55.66 km, 0.8° 89.06 km.
const at = (lat: number) => ({ lat, lon: 12.9 });
const graph = fixture()
  .product('P-STEEL', { name: 'Stahl', category: 'steel' })
  .product('P-TURN', { name: 'Drehteile', category: 'machined' })
  .product('P-MILL', { name: 'Frästeile', category: 'machined' })
  .product('P-GEAR', { name: 'Getriebe', category: 'gears' })
  .inputTo('P-TURN', 'P-GEAR')
  .firm('F-M', { name: 'Maschinenbau M', district: 'DED41', sector: 'C25.62', ...at(50.8) })
  .firm('F-K1', { district: 'CZ041', sector: 'C22.29', ...at(50.3) })
  .firm('F-K2', { district: 'CZ042', ...at(50.6) })
  .firm('F-K3', { district: 'CZ042', ...at(50.7) })
  .firm('F-K4', { district: 'CZ041', ...at(50.0) })
  .firm('F-K5', { district: 'CZ042', ...at(50.9) })
  .firm('F-D1', { district: 'DED42', ...at(50.6) })
  .firm('F-D2', { district: 'DED41', sector: 'C25.62', ...at(50.8) })
  .firm('F-D3', { district: 'DED42', sector: 'C25.99', ...at(50.6) })
  .firm('F-D4', { district: 'DED41', sector: 'C25.62' })
  .firm('F-D5', { district: 'DED41', ...at(51.0) })
  .organisation('O-1', { name: 'Grenzcluster' })
  .institute('I-1', { name: 'Institut Drehen', district: 'DED41', ...at(50.7) })
  .institute('I-2', { name: 'Institut Fräsen', district: 'DED41', ...at(50.8) })
  .institute('I-3', { name: 'Institut Metall', district: 'DED41', ...at(50.8) })
  .institute('I-4', { name: 'Institut Stahl', district: 'DED41', ...at(50.8) })
  .needs('F-M', 'P-STEEL')
  .offers('F-M', 'P-TURN')
  .offers('F-K1', 'P-STEEL')
  .supplies('F-K2', 'F-M', 'P-STEEL')
  .needs('F-K3', 'P-TURN')
  .needs('F-K4', 'P-TURN')
  .supplies('F-M', 'F-K5', 'P-TURN')
  .offers('F-D1', 'P-STEEL')
  .offers('F-D5', 'P-GEAR')
  .cooperates('F-M', 'F-D4')
  .cooperates('I-1', 'F-M')
  .member('F-M', 'O-1')
  .member('F-K1', 'O-1')
  .researches('I-1', 'P-TURN')
  .researches('I-2', 'P-MILL')
  .researches('I-3', 'C25')
  .researches('I-4', 'P-STEEL');

const { get, error } = apiOver(graph);

describe('GET /api/matching/cross-border', () => {
  it('pairs offers and needs across the border both ways, leaving out supply links that exist, nearest first', async () => {
    const answer = await get<TradePartners>('/api/matching/cross-border?firm=F-M');
    // K2 supplies steel already; M supplies K5 already; D1 offers steel but is German.
    expect(answer.buy).toEqual({
      total: 1,
      matches: [{ partner: expect.objectContaining({ id: 'F-K1', country: 'CZ' }), product: expect.objectContaining({ id: 'P-STEEL' }), distanceKm: 55.7 }],
    });
    expect(answer.sell.matches.map((m) => [m.partner.id, m.product.id, m.distanceKm])).toEqual([
      ['F-K3', 'P-TURN', 11.1],
      ['F-K4', 'P-TURN', 89.1],
    ]);
    const one = await get<TradePartners>('/api/matching/cross-border?firm=F-M&limit=1');
    expect(one.sell).toMatchObject({ total: 2, matches: [{ partner: { id: 'F-K3' } }] });
  });
});

describe('GET /api/matching/cooperation', () => {
  it('ranks firms it does not cooperate with by shared sectors, complementary products, nearness and trust', async () => {
    const answer = await get<CooperationCandidates>('/api/matching/cooperation?firm=F-M');
    // K5: 10 needs turned parts + 19.3 (11 km) + 10 cross-border + 10 trading = 49.3
    // K2: 10 offers steel + 18.5 (22 km) + 10 + 10 trading = 48.5
    // K1: 10 + 16.3 (56 km) + 10 + 5 shared cluster = 41.3
    // D2: 20 same class + 20 (0 km) = 40;  K3: 10 + 19.3 + 10 = 39.3;  K4: 10 + 14.1 + 10 = 34.1
    // D1 (offers steel), D3 (same division), D5 (gears made from turned parts): 10 + 18.5 = 28.5 each
    expect(answer.candidates.map((c) => [c.partner.id, c.score])).toEqual([
      ['F-K5', 49.3],
      ['F-K2', 48.5],
      ['F-K1', 41.3],
      ['F-D2', 40],
      ['F-K3', 39.3],
      ['F-K4', 34.1],
      ['F-D1', 28.5],
      ['F-D3', 28.5],
      ['F-D5', 28.5],
    ]);
    expect(answer.totalCandidates).toBe(9);
    const byId = Object.fromEntries(answer.candidates.map((c) => [c.partner.id, c.parts]));
    expect(byId['F-D2']!.sector).toEqual({ sharedClasses: ['C25.62'], sharedDivisions: ['C25'], points: 20 });
    expect(byId['F-D3']!.sector).toEqual({ sharedClasses: [], sharedDivisions: ['C25'], points: 10 });
    expect(byId['F-D5']!.products.inputLinked.map((p) => p.id)).toEqual(['P-GEAR']);
    expect(byId['F-K1']).toMatchObject({
      products: { offersYouNeed: [{ id: 'P-STEEL' }], needsYouOffer: [], points: 10 },
      distance: { km: 55.7, points: 16.3 },
      crossBorder: { value: true, points: 10 },
      organisations: { shared: [{ id: 'O-1' }], points: 5 },
      trading: { value: false, points: 0 },
    });
    const two = await get<CooperationCandidates>('/api/matching/cooperation?firm=F-M&limit=2');
    expect(two.candidates.map((c) => c.partner.id)).toEqual(['F-K5', 'F-K2']);
  });

  it('lists the best of the whole ranking at every limit, a shared cluster included', async () => {
    // Only the candidates that can still make a shorter list read their products and organisations.
    // At limit 3, K1 (36.3 without its shared cluster) ranks third only with the cluster's 5 points,
    // above D2 (40).
    const whole = ['F-K5', 'F-K2', 'F-K1', 'F-D2', 'F-K3', 'F-K4', 'F-D1', 'F-D3', 'F-D5'];
    for (let limit = 1; limit <= whole.length; limit++) {
      const answer = await get<CooperationCandidates>(`/api/matching/cooperation?firm=F-M&limit=${limit}`);
      expect(answer.candidates.map((c) => c.partner.id)).toEqual(whole.slice(0, limit));
      expect(answer.totalCandidates).toBe(9);
    }
    const third = await get<CooperationCandidates>('/api/matching/cooperation?firm=F-M&limit=3');
    expect(third.candidates[2]).toMatchObject({ score: 41.3, parts: { organisations: { shared: [{ id: 'O-1' }], points: 5 } } });
  });
});

describe('GET /api/matching/institutes', () => {
  it('names institutes for the firm’s products first, then their category, then its sector', async () => {
    const answer = await get<InstitutesAnswer>('/api/matching/institutes?firm=F-M');
    expect(answer.institutes.map((i) => [i.institute.id, i.reasons.map((r) => `${r.reason}:${r.id}`), i.distanceKm, i.cooperating])).toEqual([
      ['I-4', ['product:P-STEEL'], 0, false],
      ['I-1', ['product:P-TURN'], 11.1, true],
      ['I-2', ['category:P-MILL'], 0, false],
      ['I-3', ['sector:C25'], 0, false],
    ]);
    expect((await get<InstitutesAnswer>('/api/matching/institutes?firm=F-M&limit=2')).institutes.map((i) => i.institute.id)).toEqual(['I-4', 'I-1']);
  });
});

describe('bad input', () => {
  it('answers 404 for an unknown firm and 400 for a limit out of range', async () => {
    for (const path of ['cross-border', 'cooperation', 'institutes']) {
      expect(await error(`/api/matching/${path}?firm=F-NONE`)).toMatchObject({ status: 404, code: 'NOT_FOUND', field: '/query/firm' });
      expect(await error(`/api/matching/${path}?firm=F-M&limit=101`)).toMatchObject({ status: 400, field: '/query/limit' });
    }
  });
});
