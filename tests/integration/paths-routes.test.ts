// A route is the firms it passes and the kind of each link: chains through the same firms that differ
// only in the product of a supply link are one route, listing the products; equal lengths come in the
// order of the ids along them. Worked out by hand on this graph:
//
//            P-1, P-2            P-3
//   A (DE) <========== B (DE) <------ D (CZ)        B, C and D offer P-X, which A needs;
//   A (DE) <---------- C (CZ)                       A also cooperates with B.
//            P-1
import { describe, expect, it } from 'vitest';
import type { Path } from '../../server/src/schemas/analytics';
import type { Between, Chains } from '../../server/src/schemas/paths';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

const graph = fixture()
  .product('P-1', { name: 'Drehteile', category: 'machined' })
  .product('P-2', { name: 'Frästeile', category: 'machined' })
  .product('P-3', { name: 'Stabstahl', category: 'steel' })
  .product('P-X', { name: 'Beschichtung', category: 'coating' })
  .firm('F-A', { name: 'Anton Maschinenbau', district: 'DED41', sector: 'C29.32' })
  .firm('F-B', { name: 'Berger Drehteile', district: 'DED42', sector: 'C25.62' })
  .firm('F-C', { name: 'Chomutov Soustruh', district: 'CZ042', sector: 'C25.62' })
  .firm('F-D', { name: 'Děčín Ocel', district: 'CZ042', sector: 'C24.10' })
  .supplies('F-B', 'F-A', 'P-1')
  .supplies('F-B', 'F-A', 'P-2')
  .supplies('F-C', 'F-A', 'P-1')
  .supplies('F-D', 'F-B', 'P-3')
  .offers('F-B', 'P-X')
  .offers('F-C', 'P-X')
  .offers('F-D', 'P-X')
  .needs('F-A', 'P-X')
  .cooperates('F-A', 'F-B');

const { get } = apiOver(graph);

const routes = (paths: Path[]) =>
  paths.map((path) => [path.steps[0]!.from.id, ...path.steps.map((step) => `${step.type === 'SUPPLIES' ? (step.products ?? [step.product]).map((p) => p!.id).join('+') : 'coop'} ${step.to.id}`)]);

describe('chains to a product', () => {
  it('counts chains that differ only in a product as one route, shortest first, ties by id', async () => {
    const chains = await get<Chains>('/api/paths/chains?firm=F-A&product=P-X&k=10');
    expect(routes(chains.paths)).toEqual([
      ['F-A', 'P-1+P-2 F-B'],
      ['F-A', 'P-1 F-C'],
      ['F-A', 'P-1+P-2 F-B', 'P-3 F-D'],
    ]);
    expect(chains.paths[0]!.steps[0]).toMatchObject({ product: { id: 'P-1' }, products: [{ id: 'P-1' }, { id: 'P-2' }] });
    expect(chains.paths[1]!.steps[0]).not.toHaveProperty('products');
  });

  it('gives k different routes', async () => {
    const chains = await get<Chains>('/api/paths/chains?firm=F-A&product=P-X&k=2');
    expect(routes(chains.paths)).toEqual([
      ['F-A', 'P-1+P-2 F-B'],
      ['F-A', 'P-1 F-C'],
    ]);
  });
});

describe('chains between two firms', () => {
  it('keeps a supply route and a cooperation route through the same firms apart, in a stable order', async () => {
    const between = await get<Between>('/api/paths/between?from=F-A&to=F-D&k=10');
    expect(routes(between.paths)).toEqual([
      ['F-A', 'coop F-B', 'P-3 F-D'],
      ['F-A', 'P-1+P-2 F-B', 'P-3 F-D'],
    ]);
  });
});
