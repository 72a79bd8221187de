// A network that grows by preferential attachment, with hubs as the region's supply network has, and
// graphology's exact betweenness of it: what sampled betweenness is held to.
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { LinkRow } from '../../server/src/metrics/network-arrays';
import { seededRandom } from '../../server/src/metrics/random';

export function preferentialNetwork(nodes: number, seed: number): { ids: string[]; links: LinkRow[] } {
  const random = seededRandom(seed);
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
  const ends: number[] = [0, 1];
  const links: LinkRow[] = [{ source: 'n0', target: 'n1', type: 'SUPPLIES' }];
  for (let i = 2; i < nodes; i++) {
    for (const j of [0, 1].map(() => ends[Math.floor(random() * ends.length)]!)) {
      links.push({ source: ids[j]!, target: ids[i]!, type: 'SUPPLIES' });
      ends.push(i, j);
    }
  }
  return { ids, links };
}

/** Exact betweenness in hops, normalised, in the order of ids. */
export function exactBetweenness({ ids, links }: { ids: string[]; links: LinkRow[] }): number[] {
  const graph = new Graph({ type: 'undirected' });
  for (const id of ids) graph.addNode(id);
  for (const link of links) graph.mergeEdge(link.source, link.target);
  const exact = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  return ids.map((id) => exact[id]!);
}

/** Indices of the ten largest values. */
export const topTen = (values: ArrayLike<number>) =>
  Array.from(values, (_, i) => i)
    .sort((a, b) => values[b]! - values[a]!)
    .slice(0, 10);
