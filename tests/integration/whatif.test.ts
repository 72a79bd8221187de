// What-if scenarios on a hand-built graph: removing a firm, a district (at two NUTS levels) or the
// border, with the losses and remaining alternatives worked out by hand.
import { describe, expect, it } from 'vitest';
import type { WhatIf } from '../../server/src/schemas/whatif';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

// A buys P-1 only from S; B buys it from S and from T across the border. C (CZ) buys P-2 only from
// U (Dresden) and offers P-2 itself; D sits next to U in Dresden; E buys P-3 from U and V, both in
// Dresden. W, X and Y only offer. All firms on or near 12.9°E so the nearest order is plain.
const graph = fixture()
  .product('P-1', { name: 'Drehteile', category: 'machined' })
  .product('P-2', { name: 'Gussteile', category: 'cast' })
  .product('P-3', { name: 'Federn', category: 'springs' })
  .firm('F-A', { district: 'DED41', lat: 50.8, lon: 12.9 })
  .firm('F-B', { district: 'DED41', lat: 50.8, lon: 12.9 })
  .firm('F-C', { district: 'CZ042' })
  .firm('F-D', { district: 'DED21' })
  .firm('F-E', { district: 'DED44' })
  .firm('F-S', { district: 'DED42' })
  .firm('F-T', { district: 'CZ041', lat: 50.3, lon: 12.9 })
  .firm('F-U', { district: 'DED21' })
  .firm('F-V', { district: 'DED21' })
  .firm('F-W', { district: 'CZ051', lat: 50.8, lon: 15 })
  .firm('F-X', { district: 'DED44', lat: 50.7, lon: 12.9 })
  .firm('F-Y', { district: 'CZ041' })
  .supplies('F-S', 'F-A', 'P-1')
  .supplies('F-S', 'F-B', 'P-1')
  .supplies('F-T', 'F-B', 'P-1')
  .supplies('F-U', 'F-C', 'P-2')
  .supplies('F-U', 'F-D', 'P-2')
  .supplies('F-U', 'F-E', 'P-3')
  .supplies('F-V', 'F-E', 'P-3')
  .offers('F-W', 'P-1')
  .offers('F-X', 'P-1')
  .offers('F-Y', 'P-2')
  .offers('F-C', 'P-2');

const { get, error } = apiOver(graph);

const summary = (answer: WhatIf) =>
  answer.losses.map((loss) => [
    loss.firm.id,
    loss.product.id,
    loss.lostSuppliers.map((s) => s.id),
    loss.alternatives.map((a) => a.firm.id),
    loss.totalAlternatives,
  ]);

describe('GET /api/whatif', () => {
  it('removing a firm hits the customers it alone supplied, with the nearest alternatives first', async () => {
    const answer = await get<WhatIf>('/api/whatif?scenario=firm&id=F-S');
    // B still has T for P-1, so only A is hit; X is 11 km away, T 56 km, W 147 km.
    expect(summary(answer)).toEqual([['F-A', 'P-1', ['F-S'], ['F-X', 'F-T', 'F-W'], 3]]);
    expect(answer).toMatchObject({ cutLinks: 2, affectedFirms: 1, totalLosses: 1, truncated: false, scenario: { type: 'firm', removed: { id: 'F-S' } } });
    expect(answer.losses[0]!.alternatives[0]!.distanceKm).toBeCloseTo(11.1, 1);
    const one = await get<WhatIf>('/api/whatif?scenario=firm&id=F-S&alternatives=1');
    expect(summary(one)).toEqual([['F-A', 'P-1', ['F-S'], ['F-X'], 3]]);
  });

  it('removing a district hits firms outside it; firms inside are gone themselves', async () => {
    // U and V (Dresden) stop: C loses its only P-2 source, E both P-3 sources; D is in Dresden too.
    const expected = [
      ['F-E', 'P-3', ['F-U', 'F-V'], [], 0],
      ['F-C', 'P-2', ['F-U'], ['F-Y'], 1],
    ];
    for (const id of ['DED2', 'DED21']) {
      const answer = await get<WhatIf>(`/api/whatif?scenario=district&id=${id}`);
      expect(summary(answer)).toEqual(expected);
      expect(answer).toMatchObject({ cutLinks: 3, affectedFirms: 2, totalLosses: 2, truncated: false });
    }
    const cut = await get<WhatIf>('/api/whatif?scenario=district&id=DED2&limit=1');
    expect(summary(cut)).toEqual([expected[0]]);
    expect(cut).toMatchObject({ totalLosses: 2, truncated: true });
  });

  it('closing the border hits firms whose only sources are across it, alternatives in their own country', async () => {
    const answer = await get<WhatIf>('/api/whatif?scenario=border');
    // T -> B and U -> C cross the border; B keeps S. C offers P-2 itself but is no alternative to itself.
    expect(summary(answer)).toEqual([['F-C', 'P-2', ['F-U'], ['F-Y'], 1]]);
    expect(answer).toMatchObject({ cutLinks: 2, affectedFirms: 1, scenario: { type: 'border', removed: null } });
  });

  it('a firm that supplies nobody cuts nothing', async () => {
    expect(await get<WhatIf>('/api/whatif?scenario=firm&id=F-A')).toMatchObject({ cutLinks: 0, affectedFirms: 0, totalLosses: 0, losses: [] });
  });

  it('answers 400 without an id or for an unknown scenario, 404 for an id of the wrong kind', async () => {
    expect(await error('/api/whatif?scenario=firm')).toMatchObject({ status: 400, field: '/query/id' });
    expect(await error('/api/whatif?scenario=moon')).toMatchObject({ status: 400, code: 'VALIDATION', field: '/query/scenario' });
    expect(await error('/api/whatif?scenario=firm&id=F-NONE')).toMatchObject({ status: 404, field: '/query/id' });
    expect(await error('/api/whatif?scenario=district&id=F-A')).toMatchObject({ status: 404, field: '/query/id' });
    expect(await error('/api/whatif?scenario=firm&id=F-S&limit=0')).toMatchObject({ status: 400, field: '/query/limit' });
  });
});
