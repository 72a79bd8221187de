// Sampled betweenness against graphology's exact betweenness: equal with every node as a source,
// and within the stated error with a quarter of them, and with the job's 100 sources (its default,
// METRICS_BETWEENNESS_SAMPLES) on a larger network.
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { sampledBetweenness, sampleSources } from './betweenness';
import { buildNetworkArrays, type LinkRow } from './network-arrays';
import { seededRandom } from './random';

/** A network that grows by preferential attachment, with hubs as the region's supply network has. */
function randomNetwork(nodes: number, seed: number): { ids: string[]; links: LinkRow[] } {
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

function exactOf({ ids, links }: { ids: string[]; links: LinkRow[] }): number[] {
  const graph = new Graph({ type: 'undirected' });
  for (const id of ids) graph.addNode(id);
  for (const link of links) graph.mergeEdge(link.source, link.target);
  const exact = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  return ids.map((id) => exact[id]!);
}

describe('sampled betweenness', () => {
  const network = randomNetwork(400, 3);
  const arrays = buildNetworkArrays(network.ids, network.links);
  const exact = exactOf(network);

  it('is the exact value when every node is a source', () => {
    const all = sampledBetweenness(arrays.undirected, sampleSources(400, 400, seededRandom(1)));
    exact.forEach((value, i) => expect(all[i]).toBeCloseTo(value, 12));
  });

  it('stays within 10 % of the largest value of the exact one from a quarter of the nodes, and finds the same top node', () => {
    const sampled = sampledBetweenness(arrays.undirected, sampleSources(400, 100, seededRandom(1)));
    const largest = Math.max(...exact);
    const worst = Math.max(...exact.map((value, i) => Math.abs(sampled[i]! - value)));
    expect(worst).toBeLessThanOrEqual(0.1 * largest);
    expect(sampled.indexOf(Math.max(...sampled))).toBe(exact.indexOf(largest));
  });

  it('from the job\'s 100 sources on 2,000 nodes: within 15 % of the largest exact value, with the same top node and 8 of the top 10', () => {
    const larger = randomNetwork(2000, 4);
    const exactLarger = exactOf(larger);
    const sampled = sampledBetweenness(buildNetworkArrays(larger.ids, larger.links).undirected, sampleSources(2000, 100, seededRandom(1)));
    const largest = Math.max(...exactLarger);
    expect(Math.max(...exactLarger.map((value, i) => Math.abs(sampled[i]! - value)))).toBeLessThanOrEqual(0.15 * largest);
    const top = (values: ArrayLike<number>) => Array.from(values, (_, i) => i).sort((a, b) => values[b]! - values[a]!).slice(0, 10);
    expect(top(sampled)[0]).toBe(top(exactLarger)[0]);
    expect(top(sampled).filter((i) => top(exactLarger).includes(i)).length).toBeGreaterThanOrEqual(8);
  });
});
