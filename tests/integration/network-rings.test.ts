// How an ego network stops at its node limit: ring by ring, the nearer ring's actors expanded least
// connected first (a hub such as a chamber last), and each ring read only until it overflows the
// room left, so the total then says "at least". Worked out by hand on a small graph.
import { describe, expect, it } from 'vitest';
import type { NetworkResponse } from '../../server/src/schemas/network';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

// C supplies S; S buys from X1 and X2 (their only link). C, M1, M2, M3 and M4 are members of the
// cluster O; M1-M2, M2-M3 and M3-M4 cooperate. Links: O 5, M2 and M3 3 each, S 3, C 2, M1 and M4 2
// each, X1 and X2 1 each.
const graph = fixture()
  .product('P-1', { category: 'turned' })
  .firm('F-C', { name: 'Centrum Drehteile', district: 'DED41', sector: 'C25.62' })
  .firm('F-S', { name: 'Sachsen Guss', district: 'DED41', sector: 'C25.62' })
  .firm('F-X1', { name: 'Xaver Stahl', district: 'DED42', sector: 'C25.62' })
  .firm('F-X2', { name: 'Xenia Blech', district: 'DED42', sector: 'C25.62' })
  .firm('F-M1', { name: 'Meißner Metall', district: 'DED21', sector: 'C25.62' })
  .firm('F-M2', { name: 'Mittweida Formen', district: 'DED44', sector: 'C25.62' })
  .firm('F-M3', { name: 'Most Kovo', district: 'CZ042', sector: 'C25.62' })
  .firm('F-M4', { name: 'Mělník Plast', district: 'CZ042', sector: 'C25.62' })
  .organisation('O-HUB', { name: 'Cluster Metall', district: 'DED41' })
  .supplies('F-C', 'F-S', 'P-1')
  .supplies('F-X1', 'F-S', 'P-1')
  .supplies('F-X2', 'F-S', 'P-1')
  .member('F-C', 'O-HUB')
  .member('F-M1', 'O-HUB')
  .member('F-M2', 'O-HUB')
  .member('F-M3', 'O-HUB')
  .member('F-M4', 'O-HUB')
  .cooperates('F-M1', 'F-M2')
  .cooperates('F-M2', 'F-M3')
  .cooperates('F-M3', 'F-M4');

const { get } = apiOver(graph);
const ego = (query: string) => get<NetworkResponse>(`/api/network/ego?id=F-C&${query}`);
const keys = (body: NetworkResponse) => body.graph.nodes.map((node) => node.key);

describe('GET /api/network/ego at its node limit', () => {
  it('shows every actor within reach, exactly counted, when they fit', async () => {
    // Ring 1: O (5 links), S (3). Ring 2: M2, M3 (3 each), M1, M4 (2 each), X1, X2 (1 each).
    const all = await ego('hops=2');
    expect(keys(all)).toEqual(['F-C', 'O-HUB', 'F-S', 'F-M2', 'F-M3', 'F-M1', 'F-M4', 'F-X1', 'F-X2']);
    expect(all).toMatchObject({ truncated: false, totalNodes: 9, totalAtLeast: false });
  });

  it('fills the second ring from the less connected neighbour first and stops one actor past the room', async () => {
    // Room for 2 of ring 2, so it is read until it holds 3: S (3 links) is expanded before O (5)
    // and gives X1 and X2; O's members come best connected first, so M2 is the third. Of those
    // three the best connected two are shown: M2, then X1 before X2 by id. Through O alone, M3 (3
    // links) would have been shown instead of X1; the total counts the 6 actors read.
    const cut = await ego('hops=2&limit=5');
    expect(keys(cut)).toEqual(['F-C', 'O-HUB', 'F-S', 'F-M2', 'F-X1']);
    expect(cut).toMatchObject({ truncated: true, totalNodes: 6, totalAtLeast: true });
    expect(cut.graph.edges.map((edge) => edge.key)).toEqual(['MEMBER_OF:F-C:O-HUB', 'MEMBER_OF:F-M2:O-HUB', 'SUPPLIES:F-C:F-S:P-1', 'SUPPLIES:F-X1:F-S:P-1']);
  });

  it('does not read a ring the nearer ones already fill, and says the total is a lower bound', async () => {
    // Ring 1 (O, S) overflows a room of 1: ring 2 is never read.
    const first = await ego('hops=3&limit=2');
    expect(keys(first)).toEqual(['F-C', 'O-HUB']);
    expect(first).toMatchObject({ truncated: true, totalNodes: 3, totalAtLeast: true });
    // Exactly full after ring 1: one actor of ring 2 is looked for to know whether any is left out.
    const full = await ego('hops=2&limit=3');
    expect(keys(full)).toEqual(['F-C', 'O-HUB', 'F-S']);
    expect(full).toMatchObject({ truncated: true, totalNodes: 4, totalAtLeast: true });
  });

  it('passes through the actors a filter hides, counting only those shown', async () => {
    // Czech firms only: M3 and M4, both in ring 2 behind O, which is not shown.
    const czech = await ego('hops=2&country=CZ');
    expect(keys(czech)).toEqual(['F-C', 'F-M3', 'F-M4']);
    expect(czech).toMatchObject({ truncated: false, totalNodes: 3, totalAtLeast: false });
    const cut = await ego('hops=2&country=CZ&limit=2');
    expect(keys(cut)).toEqual(['F-C', 'F-M3']);
    expect(cut).toMatchObject({ truncated: true, totalNodes: 3, totalAtLeast: true });
  });
});
