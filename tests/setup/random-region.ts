// A seeded random region for tests that check whole-network answers against an independent
// computation: firms spread over the fixture's districts and sectors, a few institutes and
// organisations, supply links, cooperations and memberships. The same seed gives the same graph.
import Graph, { MultiDirectedGraph } from 'graphology';
import { seededRandom } from '../../server/src/metrics/random';
import { fixture, geography, sectors, type GraphFixture } from './fixtures';

export interface RandomRegionOptions {
  seed: number;
  firms: number;
  institutes?: number;
  organisations?: number;
  supplies: number;
  cooperations?: number;
  memberships?: number;
}

const districts = Object.entries(geography).filter(([, r]) => r.level === 'district').map(([id]) => id);
const classes = Object.entries(sectors).filter(([id, s]) => s.level === 'class' && !id.startsWith('M')).map(([id]) => id);

export function randomRegion(options: RandomRegionOptions): GraphFixture {
  const random = seededRandom(options.seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const graph = fixture();
  const firms = Array.from({ length: options.firms }, (_, i) => `F-${String(i).padStart(4, '0')}`);
  const institutes = Array.from({ length: options.institutes ?? 0 }, (_, i) => `I-${i}`);
  const organisations = Array.from({ length: options.organisations ?? 0 }, (_, i) => `O-${i}`);
  // Firms without a sector too, as in real data where a profile is incomplete.
  for (const id of firms) graph.firm(id, { district: pick(districts), ...(random() < 0.9 ? { sector: pick(classes) } : {}) });
  for (const id of institutes) graph.institute(id, { district: pick(districts), sector: 'M72.19' });
  for (const id of organisations) graph.organisation(id, { district: pick(districts) });
  graph.product('P-0', { category: 'c0' });
  graph.product('P-1', { category: 'c1' });
  for (let i = 0; i < options.supplies; i++) {
    const [a, b] = [pick(firms), pick(firms)];
    if (a !== b) graph.supplies(a, b, pick(['P-0', 'P-1']));
  }
  const actors = [...firms, ...institutes];
  for (let i = 0; i < (options.cooperations ?? 0); i++) {
    const [a, b] = [pick(actors), pick(actors)];
    if (a !== b) graph.cooperates(a, b);
  }
  if (organisations.length > 0) {
    for (let i = 0; i < (options.memberships ?? 0); i++) graph.member(pick(actors), pick(organisations));
  }
  return graph;
}

/** The actors and their network links (supply, cooperation, membership) as graphology holds them. */
export function actorNetwork(graph: GraphFixture): MultiDirectedGraph {
  const dataset = graph.dataset();
  const network = new MultiDirectedGraph();
  for (const label of ['Firm', 'Institute', 'Organisation'] as const) {
    for (const node of dataset.nodes[label] ?? []) network.addNode(node.id, { label });
  }
  for (const type of ['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'] as const) {
    for (const rel of dataset.rels[type] ?? []) network.addEdge(rel.from, rel.to, { type });
  }
  return network;
}

/** Who is linked with whom, each pair once, weighted by the links between them. */
export function weightedPairs(network: MultiDirectedGraph): Graph {
  const pairs = new Graph({ type: 'undirected' });
  network.forEachNode((node) => pairs.addNode(node));
  network.forEachEdge((_edge, _a, source, target) => {
    if (source === target) return;
    pairs.updateEdge(source, target, (a) => ({ weight: ((a.weight as number | undefined) ?? 0) + 1 }));
  });
  return pairs;
}
