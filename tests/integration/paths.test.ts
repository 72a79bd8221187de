// Supplier trees, chains to a product and chains between firms on a hand-built graph with a supply
// cycle, ties, a firm without suppliers and links across the border; answers worked out by hand.
import { describe, expect, it } from 'vitest';
import type { Path } from '../../server/src/schemas/analytics';
import type { Between, Chains, SupplierTree } from '../../server/src/schemas/paths';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

//            P-TURN        P-BAR         P-CAST
//   A (DE) <-------- B (DE) <----- D (DE) <------ F (CZ)
//   A (DE) <-------- C (CZ) <----- E (CZ) <------ F (CZ)
//   A supplies D with P-ASM (a cycle A <- B <- D <- A); D and F offer P-X, which A and G need.
//   A cooperates with institute I-1, which cooperates with F. G (DE) has no supplier at all.
const graph = fixture()
  .product('P-TURN', { name: 'Drehteile', nameEn: 'Turned parts', nameCs: 'Soustružené díly', category: 'machined' })
  .product('P-BAR', { name: 'Stabstahl', nameEn: 'Steel bars', category: 'steel' })
  .product('P-CAST', { name: 'Gussteile', nameEn: 'Castings', category: 'cast' })
  .product('P-ASM', { name: 'Baugruppen', nameEn: 'Assemblies', category: 'assemblies' })
  .product('P-X', { name: 'Beschichtung', nameEn: 'Coating', category: 'coating' })
  .firm('F-A', { name: 'Anton Maschinenbau', district: 'DED41', sector: 'C29.32' })
  .firm('F-B', { name: 'Berger Drehteile', district: 'DED42', sector: 'C25.62' })
  .firm('F-C', { name: 'Chomutov Soustruh', district: 'CZ042', sector: 'C25.62' })
  .firm('F-D', { name: 'Dietz Stahl', district: 'DED44', sector: 'C25.99' })
  .firm('F-E', { name: 'Ervěnice Ocel', district: 'CZ042', sector: 'C22.29' })
  .firm('F-F', { name: 'Falknov Slévárna', district: 'CZ041', sector: 'C22.29' })
  .firm('F-G', { name: 'Görlitz Neu', district: 'DED2D', sector: 'C29.32' })
  .institute('I-1', { name: 'Institut Chemnitz', district: 'DED41' })
  .supplies('F-B', 'F-A', 'P-TURN')
  .supplies('F-C', 'F-A', 'P-TURN')
  .supplies('F-D', 'F-B', 'P-BAR')
  .supplies('F-E', 'F-C', 'P-BAR')
  .supplies('F-F', 'F-D', 'P-CAST')
  .supplies('F-F', 'F-E', 'P-CAST')
  .supplies('F-A', 'F-D', 'P-ASM')
  .offers('F-D', 'P-X')
  .offers('F-F', 'P-X')
  .needs('F-A', 'P-X')
  .needs('F-G', 'P-X')
  .cooperates('F-A', 'I-1')
  .cooperates('I-1', 'F-F');

const nodesOf = (paths: Path[]) => paths.map((path) => [path.steps[0]!.from.id, ...path.steps.map((step) => step.to.id)]);

const { get, error } = apiOver(graph);

describe('GET /api/paths/supplier-tree', () => {
  it('lists each supplier at its nearest tier and the links below tier k, the cycle back to the firm included', async () => {
    const tree = await get<SupplierTree>('/api/paths/supplier-tree?firm=F-A&k=3');
    expect(tree.suppliers.map((s) => [s.firm.id, s.tier])).toEqual([
      ['F-B', 1],
      ['F-C', 1],
      ['F-D', 2],
      ['F-E', 2],
      ['F-F', 3],
    ]);
    expect(tree.links.map((l) => `${l.buyer!.id}<-${l.supplier!.id}:${l.product!.id}`)).toEqual([
      'F-A<-F-B:P-TURN',
      'F-A<-F-C:P-TURN',
      'F-B<-F-D:P-BAR',
      'F-C<-F-E:P-BAR',
      'F-D<-F-A:P-ASM',
      'F-D<-F-F:P-CAST',
      'F-E<-F-F:P-CAST',
    ]);
    expect(tree).toMatchObject({ k: 3, totalSuppliers: 5, truncated: false, firm: { id: 'F-A', country: 'DE', district: 'DED41' } });
    expect(tree.links[1]).toMatchObject({
      type: 'SUPPLIES',
      from: { id: 'F-A' },
      to: { id: 'F-C' },
      product: { id: 'P-TURN', nameDe: null, nameCs: 'Soustružené díly', nameEn: 'Turned parts', category: 'machined' },
      crossBorder: true,
      text: 'Anton Maschinenbau buys Turned parts from Chomutov Soustruh',
    });
  });

  it('stops at k tiers', async () => {
    const tree = await get<SupplierTree>('/api/paths/supplier-tree?firm=F-A&k=1');
    expect(tree.suppliers.map((s) => s.firm.id)).toEqual(['F-B', 'F-C']);
    expect(tree.links.map((l) => l.supplier!.id)).toEqual(['F-B', 'F-C']);
  });

  it('keeps the nearest suppliers within the limit and only links among those kept', async () => {
    const tree = await get<SupplierTree>('/api/paths/supplier-tree?firm=F-A&k=3&limit=3');
    expect(tree.suppliers.map((s) => s.firm.id)).toEqual(['F-B', 'F-C', 'F-D']);
    expect(tree.links.map((l) => `${l.buyer!.id}<-${l.supplier!.id}`)).toEqual(['F-A<-F-B', 'F-A<-F-C', 'F-B<-F-D', 'F-D<-F-A']);
    expect(tree).toMatchObject({ totalSuppliers: 5, truncated: true });
  });

  it('is empty for a firm without suppliers', async () => {
    const tree = await get<SupplierTree>('/api/paths/supplier-tree?firm=F-G&k=6');
    expect(tree).toMatchObject({ suppliers: [], links: [], totalSuppliers: 0, truncated: false });
  });

  it('answers 404 for an unknown firm and 400 for k out of range', async () => {
    expect(await error('/api/paths/supplier-tree?firm=F-NONE')).toMatchObject({ status: 404, code: 'NOT_FOUND', field: '/query/firm' });
    expect(await error('/api/paths/supplier-tree?firm=P-X')).toMatchObject({ status: 404, field: '/query/firm' });
    expect(await error('/api/paths/supplier-tree?firm=F-A&k=7')).toMatchObject({ status: 400, code: 'VALIDATION', field: '/query/k' });
    expect(await error('/api/paths/supplier-tree?firm=F-A&k=0')).toMatchObject({ status: 400, field: '/query/k' });
  });
});

describe('GET /api/paths/chains', () => {
  it('finds the k shortest chains to firms offering the product, ties in id order', async () => {
    const chains = await get<Chains>('/api/paths/chains?firm=F-A&product=P-X&k=3');
    expect(nodesOf(chains.paths)).toEqual([
      ['F-A', 'F-B', 'F-D'],
      ['F-A', 'F-B', 'F-D', 'F-F'],
      ['F-A', 'F-C', 'F-E', 'F-F'],
    ]);
    expect(chains.paths.map((p) => [p.length, p.crossBorder])).toEqual([
      [2, false],
      [3, true],
      [3, true],
    ]);
    expect(chains.paths[0]!.text).toBe(
      'Anton Maschinenbau buys Turned parts from Berger Drehteile; Berger Drehteile buys Steel bars from Dietz Stahl; Dietz Stahl offers Coating.',
    );
    expect(chains.paths[0]!.steps[1]).toMatchObject({ buyer: { id: 'F-B' }, supplier: { id: 'F-D' }, product: { id: 'P-BAR', name: 'Stabstahl' } });
    expect(chains).toMatchObject({ firm: { id: 'F-A' }, product: { id: 'P-X', nameEn: 'Coating' } });
  });

  it('never passes a firm twice, though A <- B <- D <- A is a supply cycle', async () => {
    const chains = await get<Chains>('/api/paths/chains?firm=F-A&product=P-X&k=10&maxHops=6');
    expect(nodesOf(chains.paths)).toHaveLength(3);
    for (const nodes of nodesOf(chains.paths)) expect(new Set(nodes).size).toBe(nodes.length);
  });

  it('filters: cross-border only, regions, sectors, avoided firms, fewer hops', async () => {
    const url = '/api/paths/chains?firm=F-A&product=P-X&k=3';
    expect(nodesOf((await get<Chains>(`${url}&crossBorder=true`)).paths)).toEqual([
      ['F-A', 'F-B', 'F-D', 'F-F'],
      ['F-A', 'F-C', 'F-E', 'F-F'],
    ]);
    expect(nodesOf((await get<Chains>(`${url}&regions=DE`)).paths)).toEqual([['F-A', 'F-B', 'F-D']]);
    expect(nodesOf((await get<Chains>(`${url}&regions=CZ04`)).paths)).toEqual([['F-A', 'F-C', 'F-E', 'F-F']]);
    expect(nodesOf((await get<Chains>(`${url}&regions=DED42,DED44,CZ041`)).paths)).toEqual([
      ['F-A', 'F-B', 'F-D'],
      ['F-A', 'F-B', 'F-D', 'F-F'],
    ]);
    expect(nodesOf((await get<Chains>(`${url}&sectors=C25`)).paths)).toEqual([['F-A', 'F-B', 'F-D']]);
    expect(nodesOf((await get<Chains>(`${url}&avoid=F-D`)).paths)).toEqual([['F-A', 'F-C', 'F-E', 'F-F']]);
    expect(nodesOf((await get<Chains>(`${url}&maxHops=2`)).paths)).toEqual([['F-A', 'F-B', 'F-D']]);
    expect(nodesOf((await get<Chains>('/api/paths/chains?firm=F-A&product=P-X&k=1')).paths)).toEqual([['F-A', 'F-B', 'F-D']]);
  });

  it('finds no chain for a firm without suppliers', async () => {
    expect((await get<Chains>('/api/paths/chains?firm=F-G&product=P-X')).paths).toEqual([]);
  });

  it('answers 400 NOT_NEEDED for a product the firm does not need, 404 for unknown ids, 400 for k out of range', async () => {
    expect(await error('/api/paths/chains?firm=F-A&product=P-CAST')).toMatchObject({ status: 400, code: 'NOT_NEEDED', field: '/query/product' });
    expect(await error('/api/paths/chains?firm=F-NONE&product=P-X')).toMatchObject({ status: 404, field: '/query/firm' });
    expect(await error('/api/paths/chains?firm=F-A&product=P-NONE')).toMatchObject({ status: 404, field: '/query/product' });
    expect(await error('/api/paths/chains?firm=F-A&product=P-X&k=11')).toMatchObject({ status: 400, field: '/query/k' });
    expect(await error('/api/paths/chains?firm=F-A&product=P-X&maxHops=7')).toMatchObject({ status: 400, field: '/query/maxHops' });
    expect(await error('/api/paths/chains?firm=F-A&product=P-X&regions=DE;CZ')).toMatchObject({ status: 400, field: '/query/regions' });
  });
});

describe('GET /api/paths/between', () => {
  it('finds the shortest chains over supply and cooperation links in either direction', async () => {
    const between = await get<Between>('/api/paths/between?from=F-A&to=F-F&k=3');
    expect(nodesOf(between.paths)).toEqual([
      ['F-A', 'F-D', 'F-F'],
      ['F-A', 'I-1', 'F-F'],
      ['F-A', 'F-B', 'F-D', 'F-F'],
    ]);
    expect(between.paths[0]!.steps.map((step) => step.text)).toEqual([
      'Dietz Stahl buys Assemblies from Anton Maschinenbau',
      'Dietz Stahl buys Castings from Falknov Slévárna',
    ]);
    expect(between.paths[1]!.steps[0]).toMatchObject({ type: 'COOPERATES_WITH', buyer: null, supplier: null, product: null, crossBorder: false });
    expect(between.paths[1]!.text).toBe('Anton Maschinenbau cooperates with Institut Chemnitz; Institut Chemnitz cooperates with Falknov Slévárna.');
  });

  it('follows only the chosen link types and at most maxHops links', async () => {
    const supplies = await get<Between>('/api/paths/between?from=F-A&to=F-F&types=SUPPLIES');
    expect(nodesOf(supplies.paths)).toEqual([
      ['F-A', 'F-D', 'F-F'],
      ['F-A', 'F-B', 'F-D', 'F-F'],
      ['F-A', 'F-C', 'F-E', 'F-F'],
    ]);
    const cooperation = await get<Between>('/api/paths/between?from=F-A&to=F-F&types=COOPERATES_WITH');
    expect(nodesOf(cooperation.paths)).toEqual([['F-A', 'I-1', 'F-F']]);
    expect((await get<Between>('/api/paths/between?from=F-A&to=F-F&maxHops=1')).paths).toEqual([]);
    expect((await get<Between>('/api/paths/between?from=F-G&to=F-A')).paths).toEqual([]);
  });

  it('answers 400 for the same firm twice and 404 for an id that is no firm', async () => {
    expect(await error('/api/paths/between?from=F-A&to=F-A')).toMatchObject({ status: 400, field: '/query/to' });
    expect(await error('/api/paths/between?from=F-A&to=I-1')).toMatchObject({ status: 404, field: '/query/to' });
    expect(await error('/api/paths/between?from=F-NONE&to=F-A')).toMatchObject({ status: 404, field: '/query/from' });
  });
});
