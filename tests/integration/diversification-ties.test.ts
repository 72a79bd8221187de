// Alternative suppliers whose shared organisations decide their place: they are read only for the
// firms that can still make the list, so a firm below the others without them must still be
// weighed with them. Worked out by hand from the weights in server/src/graph/scores.ts.
import { describe, expect, it } from 'vitest';
import type { Diversification } from '../../server/src/schemas/diversification';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

// All firms at one spot (0 km: 20 distance points). A needs P. B, C and E offer P (25 points);
// D offers only Q of the same category (10). C is micro (2.5), the others small (5). A, C and D
// are members of O-1 and O-2; B and E of neither.
const graph = fixture()
  .product('P', { category: 'machined' })
  .product('Q', { category: 'machined' })
  .firm('F-A', { name: 'Anton', district: 'DED41', lat: 50, lon: 13 })
  .firm('F-B', { name: 'Berger', district: 'DED41', size: 'small', lat: 50, lon: 13 })
  .firm('F-C', { name: 'Chemnitzer Dreherei', district: 'DED41', size: 'micro', lat: 50, lon: 13 })
  .firm('F-D', { name: 'Dresdner Fräs', district: 'DED41', size: 'small', lat: 50, lon: 13 })
  .firm('F-E', { name: 'Erzgebirge Teile', district: 'DED41', size: 'small', lat: 50, lon: 13 })
  .organisation('O-1', { name: 'Cluster Metall' })
  .organisation('O-2', { name: 'Netz Sachsen' })
  .offers('F-B', 'P')
  .offers('F-C', 'P')
  .offers('F-E', 'P')
  .offers('F-D', 'Q')
  .needs('F-A', 'P')
  .member('F-A', 'O-1')
  .member('F-A', 'O-2')
  .member('F-C', 'O-1')
  .member('F-C', 'O-2')
  .member('F-D', 'O-1')
  .member('F-D', 'O-2');

const { get } = apiOver(graph);
const ranking = async (limit: number) =>
  (await get<Diversification>(`/api/diversification?firm=F-A&product=P&limit=${limit}`)).alternatives.map((a) => [a.firm.id, a.score, a.parts.organisations.points]);

describe('GET /api/diversification: shared organisations near the limit', () => {
  it('weighs the shared organisations of every firm they could lift into the list', async () => {
    // Without organisations: B 50, E 50, C 47.5, D 35. With them (two each, 10 points): C 57.5, D 45.
    expect(await ranking(4)).toEqual([
      ['F-C', 57.5, 10],
      ['F-B', 50, 0],
      ['F-E', 50, 0],
      ['F-D', 45, 10],
    ]);
    // At limit 1 the bar is 50 without organisations; C (47.5 + up to 10) can still pass it and does.
    expect(await ranking(1)).toEqual([['F-C', 57.5, 10]]);
    // At limit 3 the bar is C's 47.5; D (35 + up to 10) cannot reach it and is not weighed.
    expect(await ranking(3)).toEqual([
      ['F-C', 57.5, 10],
      ['F-B', 50, 0],
      ['F-E', 50, 0],
    ]);
  });
});
