// The whole-region metrics job against graphology's own implementations, over a seeded random
// region loaded into Neo4j, with each engine: the built-in one and the Graph Data Science library the
// local Neo4j carries as a plugin. The job runs in its worker thread, stores every actor's measures,
// and the network endpoint serves them. With as many betweenness samples as actors the sampled
// betweenness is the exact value; dependants are checked against a breadth-first count.
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import modularity from 'graphology-metrics/graph/modularity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildApp } from '../../server/src/app';
import { seededRandom } from '../../server/src/metrics/random';
import { maxTier } from '../../server/src/metrics/tiers';
import type { MetricsStatus } from '../../server/src/schemas/metrics';
import type { NetworkResponse } from '../../server/src/schemas/network';
import type { AreaRisk } from '../../server/src/schemas/risk';
import { testDatabase } from '../setup/database';
import { actorNetwork, randomRegion, weightedPairs } from '../setup/random-region';

const region = randomRegion({ seed: 7, firms: 90, institutes: 4, organisations: 3, supplies: 220, cooperations: 30, memberships: 40 });
const network = actorNetwork(region);
const pairs = weightedPairs(network);

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;

afterAll(() => db.close());

async function get<T>(url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Dependants of a firm within k tiers: firms reached downstream over supply links, counted once. */
function breadthFirstDependants(firm: string, k: number): number {
  const seen = new Set([firm]);
  let ring = [firm];
  for (let tier = 0; tier < k; tier++) {
    const next: string[] = [];
    for (const node of ring) {
      network.forEachOutEdge(node, (_edge, a, _source, target) => {
        if (a.type === 'SUPPLIES' && !seen.has(target)) {
          seen.add(target);
          next.push(target);
        }
      });
    }
    ring = next;
  }
  return seen.size - 1;
}

const engines = [
  // PageRank within a relative error of graphology's: the built-in engine iterates as graphology does;
  // the library stops after 30 iterations, 0.8 % from graphology's answer at most here.
  { algorithm: 'built-in', useGraphDataScience: false, pageRankWithin: 1e-6 },
  { algorithm: 'graph-data-science', useGraphDataScience: true, pageRankWithin: 1e-2 },
] as const;

describe.each(engines)('whole-region metrics by the $algorithm engine', ({ algorithm, useGraphDataScience, pageRankWithin }) => {
  beforeAll(async () => {
    await db.reset();
    await region.load(db.runner);
    const { uri, user, password } = inject('neo4j');
    app = await buildApp({ driver: db.driver, metrics: { connection: { uri, user, password }, betweennessSamples: 10_000, useGraphDataScience } });
  });
  afterAll(() => app.close());

  it('names the engine it uses', async () => {
    expect(await get('/api/health')).toMatchObject({ metrics: { engine: algorithm, graphDataScience: true } });
  });

  it('has no stored run before the first computation', async () => {
    expect(await get<MetricsStatus>('/api/metrics')).toEqual({ run: null, running: false });
    const whole = await get<NetworkResponse>('/api/network/cluster?limit=1000');
    expect(whole.metricsComputedAt).toBeNull();
    expect(whole.graph.nodes[0]!.attributes.pageRank).toBeNull();
  });

  it('stores degree, PageRank, communities, betweenness and dependants that match graphology', async () => {
    const run = await app.metrics.job!.run();
    expect(run).toMatchObject({ nodes: network.order, links: pairs.size, betweennessSamples: network.order, algorithm });
    const status = await get<MetricsStatus>('/api/metrics');
    expect(status.run).toMatchObject({ nodes: network.order, computedAt: run.computedAt });

    const whole = await get<NetworkResponse>('/api/network/cluster?limit=1000');
    expect(whole.metricsComputedAt).toBe(run.computedAt);
    expect(whole.graph.nodes).toHaveLength(network.order);
    const stored = new Map(whole.graph.nodes.map((n) => [n.key, n.attributes]));

    const ranks = pagerank(pairs, { getEdgeWeight: 'weight' });
    // Betweenness counts shortest paths in links (hops), whatever the weights.
    const exact = betweennessCentrality(pairs, { normalized: true, getEdgeWeight: null });
    for (const node of network.nodes()) {
      const a = stored.get(node)!;
      expect(a.weightedDegree, node).toBe(pairs.degree(node) === 0 ? 0 : pairs.reduceEdges(node, (sum, _e, e) => sum + (e.weight as number), 0));
      expect(Math.abs(a.pageRank! / ranks[node]! - 1), node).toBeLessThan(pageRankWithin);
      expect(a.betweenness!, node).toBeCloseTo(exact[node]!, 9);
      if (network.getNodeAttribute(node, 'label') === 'Firm') {
        expect(a.dependants, node).toEqual(Array.from({ length: maxTier }, (_, t) => breadthFirstDependants(node, t + 1)));
      }
    }
    // Louvain: the stored communities divide the graph at least as well as graphology's own run.
    const communities = Object.fromEntries([...stored].map(([key, a]) => [key, a.community!]));
    const ours = modularity(pairs, { getNodeCommunity: (node: string) => communities[node]!, getEdgeWeight: 'weight' });
    const theirs = louvain.detailed(pairs, { getEdgeWeight: 'weight', rng: seededRandom(1) }).modularity;
    expect(ours).toBeGreaterThanOrEqual(theirs - 1e-9);
    expect(run.modularity).toBeCloseTo(ours, 9);
  });

  it('stores the area risk of every district as an independent count over the same region finds it', async () => {
    const dataset = region.dataset();
    const located = new Map((dataset.rels.LOCATED_IN ?? []).map((r) => [r.from, r.to]));
    const supplies = dataset.rels.SUPPLIES ?? [];
    const districts = [...new Set((dataset.nodes.Firm ?? []).map((f) => located.get(f.id)!))].sort();
    expect(districts.length).toBeGreaterThan(3);
    for (const district of districts) {
      const inArea = new Set((dataset.nodes.Firm ?? []).filter((f) => located.get(f.id) === district).map((f) => f.id));
      const buyers = new Map<string, number>();
      for (const need of dataset.rels.NEEDS ?? []) if (inArea.has(need.from)) buyers.set(need.to, (buyers.get(need.to) ?? 0) + 1);
      const into = supplies.filter((s) => inArea.has(s.to));
      const suppliers = (product: string) => new Set(into.filter((s) => s.props!.product === product).map((s) => s.from)).size;
      const candidates = new Set([...inArea, ...into.map((s) => s.from)]);
      const critical = [...candidates]
        .map((firm) => [firm, breadthFirstDependants(firm, 3), breadthFirstDependants(firm, 1)] as [string, number, number])
        .filter(([, dependants]) => dependants > 0)
        .sort((a, b) => b[1] - a[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1));

      const risk = await get<AreaRisk>(`/api/risk/area?region=${district}&k=3&limit=200`);
      expect(risk.figuresComputedAt, district).toBe(risk.dependantsComputedAt);
      expect(risk, district).toMatchObject({ firms: inArea.size, supplyLinks: into.length });
      expect(risk.products.map((p) => [p.product.id, p.buyers, p.suppliers]).sort(), district).toEqual(
        [...buyers].map(([product, n]) => [product, n, suppliers(product)]).sort(),
      );
      expect(risk.criticalFirms.map((c) => [c.firm.id, c.dependants, c.direct]), district).toEqual(critical);
    }
  });

  it('computes again once changes have come to rest, once for a burst of them', async () => {
    const before = (await get<MetricsStatus>('/api/metrics')).run!;
    const job = app.metrics.job!;
    const runs: string[] = [];
    const original = job.run.bind(job);
    job.run = () => original().then((r) => (runs.push(r.computedAt), r));
    // Every successful write through the API schedules a run; two in a row give one run after the quiet time.
    (job as unknown as { options: { debounceMs: number } }).options.debounceMs = 50;
    job.schedule();
    job.schedule();
    await expect.poll(() => runs.length, { timeout: 30_000 }).toBe(1);
    expect(runs[0]! > before.computedAt).toBe(true);
    expect((await get<MetricsStatus>('/api/metrics')).run!.computedAt).toBe(runs[0]);
  });
});
