// Path and reachability answers against an independent breadth-first / depth-first search in
// graphology, over the same random graphs loaded into Neo4j. Seeded, with a fixed number of runs.
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import type { Path } from '../../server/src/schemas/analytics';
import type { NetworkResponse } from '../../server/src/schemas/network';
import type { Between, Chains, SupplierTree } from '../../server/src/schemas/paths';
import { testDatabase } from '../setup/database';
import { fixture } from '../setup/fixtures';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  app = await buildApp({ driver: db.driver });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

interface RandomGraph {
  countries: ('DE' | 'CZ')[];
  supplies: [supplier: number, customer: number, product: number][];
  cooperations: [number, number][];
  offers: [firm: number, product: number][];
}

const products = 3;

const randomGraph = fc.integer({ min: 3, max: 9 }).chain((firms) => {
  const firm = fc.integer({ min: 0, max: firms - 1 });
  const product = fc.integer({ min: 0, max: products - 1 });
  const pair = fc.tuple(firm, firm).filter(([a, b]) => a !== b);
  return fc.record<RandomGraph>({
    countries: fc.array(fc.constantFrom('DE' as const, 'CZ' as const), { minLength: firms, maxLength: firms }),
    supplies: fc.array(fc.tuple(pair, product).map(([[a, b], p]) => [a, b, p] as [number, number, number]), { maxLength: 18 }),
    cooperations: fc.array(pair, { maxLength: 6 }),
    offers: fc.array(fc.tuple(firm, product), { maxLength: 6 }),
  });
});

const firmId = (index: number) => `F-${index}`;
const productId = (index: number) => `P-${index}`;

/** The graph as graphology holds it: SUPPLIES from supplier to customer, COOPERATES_WITH as stored. */
function toGraphology(random: RandomGraph) {
  const graph = new MultiDirectedGraph();
  random.countries.forEach((country, index) => graph.addNode(firmId(index), { country, offers: new Set<string>() }));
  // The database keeps one link per type, direction and product, as the fixture's MERGE does.
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
  for (const [a, b, p] of random.supplies) {
    if (!once(`S:${a}>${b}>${p}`)) continue;
    graph.addEdge(firmId(a), firmId(b), { type: 'SUPPLIES', product: productId(p) });
    graph.getNodeAttribute(firmId(a), 'offers').add(productId(p));
  }
  for (const [a, b] of random.cooperations) {
    if (once(`C:${a}>${b}`)) graph.addEdge(firmId(a), firmId(b), { type: 'COOPERATES_WITH' });
  }
  for (const [f, p] of random.offers) graph.getNodeAttribute(firmId(f), 'offers').add(productId(p));
  return graph;
}

function toFixture(random: RandomGraph) {
  const graph = fixture();
  for (let p = 0; p < products; p++) graph.product(productId(p), { category: `c${p}` });
  random.countries.forEach((country, index) => graph.firm(firmId(index), { district: country === 'DE' ? 'DED41' : 'CZ041' }));
  for (const [a, b, p] of random.supplies) graph.supplies(firmId(a), firmId(b), productId(p));
  for (const [a, b] of random.cooperations) graph.cooperates(firmId(a), firmId(b));
  for (const [f, p] of random.offers) graph.offers(firmId(f), productId(p));
  return graph.needs(firmId(0), productId(0));
}

type Step = { edge: string; next: string };

/** Where one can go from a node: upstream over SUPPLIES, or both ways over the chosen types. */
function moves(graph: MultiDirectedGraph, node: string, mode: 'upstream' | { types: string[] }): Step[] {
  const out: Step[] = [];
  if (mode === 'upstream') {
    graph.forEachInEdge(node, (edge, attributes, source) => {
      if (attributes.type === 'SUPPLIES') out.push({ edge, next: source });
    });
    return out;
  }
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    if (mode.types.includes(attributes.type)) out.push({ edge, next: source === node ? target : source });
  });
  return out;
}

/** Breadth-first distances from `start`, at most `depth` links. */
function distances(graph: MultiDirectedGraph, start: string, depth: number, mode: 'upstream' | { types: string[] }) {
  const seen = new Map([[start, 0]]);
  let frontier = [start];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { next: other } of moves(graph, node, mode)) {
        if (!seen.has(other)) {
          seen.set(other, level);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  seen.delete(start);
  return seen;
}

/**
 * Lengths of every route from `start` of at most `depth` links whose end satisfies `isEnd`: a simple
 * path, where parallel links of one type and direction (supply links of different products) are one.
 */
function simplePathLengths(
  graph: MultiDirectedGraph,
  start: string,
  depth: number,
  mode: 'upstream' | { types: string[] },
  isEnd: (node: string) => boolean,
): number[] {
  const lengths: number[] = [];
  const onPath = new Set([start]);
  const walk = (node: string, length: number) => {
    if (length === depth) return;
    const routes = new Set<string>();
    for (const { edge, next } of moves(graph, node, mode)) {
      const route = `${next}|${graph.getEdgeAttribute(edge, 'type')}|${graph.source(edge)}`;
      if (onPath.has(next) || routes.has(route)) continue;
      routes.add(route);
      if (isEnd(next)) lengths.push(length + 1);
      onPath.add(next);
      walk(next, length + 1);
      onPath.delete(next);
    }
  };
  walk(start, 0);
  return lengths.sort((a, b) => a - b);
}

/** Each step is a link of the graph, no node repeats. */
function expectValid(graph: MultiDirectedGraph, path: Path) {
  const nodes = [path.steps[0]!.from.id, ...path.steps.map((step) => step.to.id)];
  expect(new Set(nodes).size).toBe(nodes.length);
  for (const step of path.steps) {
    const exists =
      step.type === 'SUPPLIES'
        ? graph.edges(step.supplier!.id, step.buyer!.id).some((edge) => graph.getEdgeAttribute(edge, 'product') === step.product!.id)
        : [...graph.edges(step.from.id, step.to.id), ...graph.edges(step.to.id, step.from.id)].some(
            (edge) => graph.getEdgeAttribute(edge, 'type') === 'COOPERATES_WITH',
          );
    expect(exists, step.text).toBe(true);
  }
  return nodes;
}

async function get<T>(url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const settings = fc.record({
  tiers: fc.integer({ min: 1, max: 6 }),
  k: fc.integer({ min: 1, max: 5 }),
  maxHops: fc.integer({ min: 1, max: 6 }),
  hops: fc.integer({ min: 1, max: 3 }),
});

describe('paths and reachability agree with a search in graphology', () => {
  it('on random supply and cooperation graphs', async () => {
    await fc.assert(
      fc.asyncProperty(randomGraph, settings, async (random, { tiers, k, maxHops, hops }) => {
        await db.reset();
        await toFixture(random).load(db.runner);
        const graph = toGraphology(random);
        const [start, other] = [firmId(0), firmId(1)];

        const tree = await get<SupplierTree>(`/api/paths/supplier-tree?firm=${start}&k=${tiers}&limit=5000`);
        const tierOf = Object.fromEntries(tree.suppliers.map((s) => [s.firm.id, s.tier]));
        expect(tierOf).toEqual(Object.fromEntries(distances(graph, start, tiers, 'upstream')));

        const offers = (node: string) => (graph.getNodeAttribute(node, 'offers') as Set<string>).has(productId(0));
        const chains = await get<Chains>(`/api/paths/chains?firm=${start}&product=${productId(0)}&k=${k}&maxHops=${maxHops}`);
        const expected = simplePathLengths(graph, start, maxHops, 'upstream', offers).slice(0, k);
        expect(chains.paths.map((path) => path.length)).toEqual(expected);
        const seen = new Set<string>();
        for (const path of chains.paths) {
          const nodes = expectValid(graph, path);
          expect(offers(nodes[nodes.length - 1]!)).toBe(true);
          const key = path.steps.map((step) => `${step.to.id}/${step.product!.id}`).join();
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }

        const both = { types: ['SUPPLIES', 'COOPERATES_WITH'] };
        const between = await get<Between>(`/api/paths/between?from=${start}&to=${other}&k=${k}&maxHops=${maxHops}`);
        expect(between.paths.map((path) => path.length)).toEqual(
          simplePathLengths(graph, start, maxHops, both, (node) => node === other).slice(0, k),
        );
        for (const path of between.paths) expect(expectValid(graph, path).at(-1)).toBe(other);
        const distance = distances(graph, start, maxHops, both).get(other);
        expect(between.paths[0]?.length).toBe(distance);

        const ego = await get<NetworkResponse>(`/api/network/ego?id=${start}&hops=${hops}&limit=5000`);
        expect(ego.graph.nodes.map((node) => node.key).sort()).toEqual([start, ...distances(graph, start, hops, both).keys()].sort());
      }),
      { numRuns: 40, seed: 20261124, endOnFailure: true },
    );
    // 40 graphs, each loaded into an emptied database: minutes when the machine is shared.
  }, 600_000);
});
