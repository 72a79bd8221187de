// Ego and cluster networks on a hand-built graph: which actors and links each filter shows, in which
// order the node limit keeps them, and that the answer imports into graphology as it is.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { NetworkResponse } from '../../server/src/schemas/network';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

// A (DE) buys P-1 from B (DE), B buys P-2 from C (CZ), A sells P-3 to E (DE), A cooperates with D (CZ),
// D with institute I-1 (DE), A and C are members of cluster O-1 (DE); Z (CZ) has no links at all.
const graph = fixture()
  .product('P-1', { category: 'turned' })
  .product('P-2', { category: 'steel' })
  .product('P-3', { category: 'assemblies' })
  .firm('F-A', { name: 'Anton Maschinenbau', district: 'DED41', sector: 'C25.62', size: 'medium', employees: 120 })
  .firm('F-B', { name: 'Berger Drehteile', district: 'DED42', sector: 'C25.62', employees: 40, lat: 50.58, lon: 12.99 })
  .firm('F-C', { name: 'Cheb Plast', district: 'CZ041', sector: 'C22.29' })
  .firm('F-D', { name: 'Děčín Kovo', district: 'CZ042', sector: 'C25.99' })
  .firm('F-E', { name: 'Elbe Fahrzeugteile', district: 'DED21', sector: 'C29.32' })
  .firm('F-Z', { name: 'Zittau-free Liberec', district: 'CZ051', sector: 'C25.99' })
  .institute('I-1', { name: 'Institut Dresden', district: 'DED21', sector: 'M72.19' })
  .organisation('O-1', { name: 'Cluster Metall', district: 'DED41' })
  .supplies('F-B', 'F-A', 'P-1')
  .supplies('F-C', 'F-B', 'P-2')
  .supplies('F-A', 'F-E', 'P-3')
  .cooperates('F-A', 'F-D')
  .cooperates('I-1', 'F-D')
  .member('F-A', 'O-1')
  .member('F-C', 'O-1');

const { get, error } = apiOver(graph);
const network = (url: string) => get<NetworkResponse>(url);

const keys = (body: NetworkResponse) => body.graph.nodes.map((node) => node.key);
const edgeKeys = (body: NetworkResponse) => body.graph.edges.map((edge) => edge.key);

describe('GET /api/network/ego', () => {
  it('shows the direct neighbours, nearest and best connected first, with the explorer attributes', async () => {
    const body = await network('/api/network/ego?id=F-A');
    // B, D and O-1 have two links each (tie broken by id), E one.
    expect(keys(body)).toEqual(['F-A', 'F-B', 'F-D', 'O-1', 'F-E']);
    expect(edgeKeys(body)).toEqual([
      'COOPERATES_WITH:F-A:F-D',
      'MEMBER_OF:F-A:O-1',
      'SUPPLIES:F-A:F-E:P-3',
      'SUPPLIES:F-B:F-A:P-1',
    ]);
    expect(body).toMatchObject({ truncated: false, totalNodes: 5 });
    expect(body.graph.nodes[1]).toEqual({
      key: 'F-B',
      attributes: {
        label: 'Berger Drehteile',
        kind: 'firm',
        country: 'DE',
        sector: 'C25.62',
        sectorDivision: 'C25',
        region: 'DED42',
        size: 'small',
        employees: 40,
        lat: 50.58,
        lon: 12.99,
        // The whole-region measures come once the metrics job has run (tests/integration/metrics.test.ts).
        weightedDegree: null,
        pageRank: null,
        community: null,
        betweenness: null,
        dependants: null,
      },
    });
    expect(body.graph.nodes[3]?.attributes).toMatchObject({ kind: 'organisation', sector: null, sectorDivision: null, size: null, employees: null });
    expect(body.graph.edges.find((edge) => edge.key === 'COOPERATES_WITH:F-A:F-D')).toEqual({
      key: 'COOPERATES_WITH:F-A:F-D',
      source: 'F-A',
      target: 'F-D',
      attributes: { type: 'COOPERATES_WITH', product: null, crossBorder: true },
    });
  });

  it('imports into a graphology graph unchanged', async () => {
    const body = await network('/api/network/ego?id=F-A&hops=2');
    const imported = new MultiDirectedGraph().import(body.graph);
    expect([imported.order, imported.size]).toEqual([7, 7]);
    expect(imported.getEdgeAttribute('SUPPLIES:F-C:F-B:P-2', 'crossBorder')).toBe(true);
  });

  it('reaches two hops out and keeps the nearest within the limit', async () => {
    const all = await network('/api/network/ego?id=F-A&hops=2');
    expect(keys(all)).toEqual(['F-A', 'F-B', 'F-D', 'O-1', 'F-E', 'F-C', 'I-1']);
    const cut = await network('/api/network/ego?id=F-A&hops=2&limit=3');
    expect(keys(cut)).toEqual(['F-A', 'F-B', 'F-D']);
    expect(edgeKeys(cut)).toEqual(['COOPERATES_WITH:F-A:F-D', 'SUPPLIES:F-B:F-A:P-1']);
    // Ring 1 (B, D, O-1, E) overflows the room of 2 and is read no further: at least 4 actors.
    expect(cut).toMatchObject({ truncated: true, totalNodes: 4, totalAtLeast: true });
  });

  it('walks the third ring only where the nearer two leave room under the limit, and says when the total is a lower bound', async () => {
    // From E: A at one hop; B, D and O-1 at two; C and I-1 at three.
    const all = await network('/api/network/ego?id=F-E&hops=3');
    expect(keys(all)).toEqual(['F-E', 'F-A', 'F-B', 'F-D', 'O-1', 'F-C', 'I-1']);
    expect(all).toMatchObject({ truncated: false, totalNodes: 7, totalAtLeast: false });
    // Ring 2 overflows a limit of 3 at its second actor: the same nearest three, out of at least four.
    const cut = await network('/api/network/ego?id=F-E&hops=3&limit=3');
    expect(keys(cut)).toEqual(['F-E', 'F-A', 'F-B']);
    expect(cut).toMatchObject({ truncated: true, totalNodes: 4, totalAtLeast: true });
    // A limit of 6 leaves room for one of the third ring: read until it holds two (C, then I-1),
    // which it then does not know to be all.
    const room = await network('/api/network/ego?id=F-E&hops=3&limit=6');
    expect(keys(room)).toEqual(['F-E', 'F-A', 'F-B', 'F-D', 'O-1', 'F-C']);
    expect(room).toMatchObject({ truncated: true, totalNodes: 7, totalAtLeast: true });
  });

  it('follows only the chosen relationship types', async () => {
    const body = await network('/api/network/ego?id=F-A&hops=3&types=SUPPLIES');
    expect(keys(body)).toEqual(['F-A', 'F-B', 'F-E', 'F-C']);
    expect(body.graph.edges.every((edge) => edge.attributes.type === 'SUPPLIES')).toBe(true);
  });

  it('filters the nodes shown by country, kind, sector and region, and keeps the centre', async () => {
    expect(keys(await network('/api/network/ego?id=F-A&hops=2&country=CZ'))).toEqual(['F-A', 'F-D', 'F-C']);
    expect(keys(await network('/api/network/ego?id=F-A&hops=2&kind=institute'))).toEqual(['F-A', 'I-1']);
    expect(keys(await network('/api/network/ego?id=F-A&hops=2&sector=C25'))).toEqual(['F-A', 'F-B', 'F-D']);
    expect(keys(await network('/api/network/ego?id=F-A&hops=2&region=DED4'))).toEqual(['F-A', 'F-B', 'O-1']);
    const czech = await network('/api/network/ego?id=F-C&country=DE');
    expect(keys(czech)).toEqual(['F-C', 'F-B', 'O-1']);
  });

  it('keeps only cross-border links and the actors that have one among those shown', async () => {
    const body = await network('/api/network/ego?id=F-A&hops=2&crossBorder=true');
    // E's only link (to A) stays inside Germany; B->A does too and is hidden, C->B is not.
    expect(keys(body)).toEqual(['F-A', 'F-B', 'F-D', 'O-1', 'F-C', 'I-1']);
    expect(edgeKeys(body)).toEqual([
      'COOPERATES_WITH:F-A:F-D',
      'COOPERATES_WITH:I-1:F-D',
      'MEMBER_OF:F-C:O-1',
      'SUPPLIES:F-C:F-B:P-2',
    ]);
    expect(body.totalNodes).toBe(6);
  });

  it('keeps the centre alone when it has no links', async () => {
    const body = await network('/api/network/ego?id=F-Z&hops=3');
    expect(keys(body)).toEqual(['F-Z']);
    expect(body).toMatchObject({ truncated: false, totalNodes: 1, graph: { edges: [] } });
  });

  it('answers 404 for an id that is no actor and 400 for hops, limit or types out of range', async () => {
    for (const id of ['F-NONE', 'P-1']) {
      expect(await error(`/api/network/ego?id=${id}`)).toMatchObject({ status: 404, code: 'NOT_FOUND', field: '/query/id' });
    }
    for (const [query, field] of [
      ['hops=4', '/query/hops'],
      ['hops=0', '/query/hops'],
      ['limit=5001', '/query/limit'],
      ['types=SUPPLIES,LOCATED_IN', '/query/types'],
    ]) {
      expect(await error(`/api/network/ego?id=F-A&${query}`)).toMatchObject({ status: 400, code: 'VALIDATION', field });
    }
  });
});

describe('GET /api/network/cluster', () => {
  it('shows the actors of a sector at any level and the links among them', async () => {
    const body = await network('/api/network/cluster?sector=C25');
    // A has four links, B and D two each; Z none.
    expect(keys(body)).toEqual(['F-A', 'F-B', 'F-D', 'F-Z']);
    expect(edgeKeys(body)).toEqual(['COOPERATES_WITH:F-A:F-D', 'SUPPLIES:F-B:F-A:P-1']);
  });

  it('shows the actors of a region, combined with a sector', async () => {
    expect(keys(await network('/api/network/cluster?region=CZ'))).toEqual(['F-C', 'F-D', 'F-Z']);
    expect(keys(await network('/api/network/cluster?region=DED4&sector=C25.62'))).toEqual(['F-A', 'F-B']);
    expect(keys(await network('/api/network/cluster?region=DED2&kind=institute'))).toEqual(['I-1']);
  });

  it('without a filter shows the whole actor network, best connected first within the limit', async () => {
    const all = await network('/api/network/cluster');
    expect(all).toMatchObject({ totalNodes: 8, truncated: false });
    expect(all.graph.edges).toHaveLength(7);
    const top = await network('/api/network/cluster?limit=2');
    expect(keys(top)).toEqual(['F-A', 'F-B']);
    expect(top).toMatchObject({ totalNodes: 8, truncated: true });
  });

  it('keeps only cross-border links and their actors', async () => {
    const body = await network('/api/network/cluster?crossBorder=true&country=DE');
    // Every link across the border leaves the German actors shown, so none is left.
    expect(body).toMatchObject({ totalNodes: 0, graph: { nodes: [], edges: [] } });
    const both = await network('/api/network/cluster?crossBorder=true');
    expect(keys(both).sort()).toEqual(['F-A', 'F-B', 'F-C', 'F-D', 'I-1', 'O-1']);
    expect(both.graph.edges.every((edge) => edge.attributes.crossBorder)).toBe(true);
    expect(both.graph.edges).toHaveLength(4);
  });

  it('answers 400 for a limit out of range', async () => {
    expect(await error('/api/network/cluster?limit=100001')).toMatchObject({ status: 400, code: 'VALIDATION', field: '/query/limit' });
  });
});

describe('GET /docs/json', () => {
  it('publishes every analytics route with its query parameters', async () => {
    const document = await get<{ paths: Record<string, { get: { tags: string[]; parameters: { name: string }[] } }> }>('/docs/json');
    const routes = {
      '/api/network/ego': ['id', 'hops', 'limit', 'types', 'sector', 'region', 'country', 'kind', 'crossBorder'],
      '/api/network/cluster': ['types', 'sector', 'region', 'country', 'kind', 'crossBorder', 'limit'],
      '/api/paths/supplier-tree': ['firm', 'k', 'limit', 'confirmedOnly'],
      '/api/paths/chains': ['firm', 'product', 'k', 'maxHops', 'crossBorder', 'regions', 'sectors', 'avoid', 'confirmedOnly'],
      '/api/paths/between': ['from', 'to', 'k', 'maxHops', 'types', 'confirmedOnly'],
      '/api/diversification': ['firm', 'product', 'limit', 'institutes'],
      '/api/risk/firm': ['firm', 'confirmedOnly'],
      '/api/risk/area': ['sector', 'region', 'cluster', 'k', 'limit', 'confirmedOnly'],
      '/api/whatif': ['scenario', 'id', 'limit', 'alternatives'],
      '/api/matching/cross-border': ['firm', 'limit', 'confirmedOnly'],
      '/api/matching/cooperation': ['firm', 'limit', 'confirmedOnly'],
      '/api/matching/institutes': ['firm', 'limit', 'confirmedOnly'],
    };
    for (const [path, parameters] of Object.entries(routes)) {
      expect(document.paths[path]?.get.parameters.map((p) => p.name), path).toEqual([...parameters, 'lang']);
      expect(document.paths[path]?.get.tags).toHaveLength(1);
    }
  });
});
