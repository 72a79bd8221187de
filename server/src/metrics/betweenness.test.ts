// Sampled betweenness against graphology's exact betweenness: equal with every node as a source,
// and within the stated error with a quarter of them, and with the job's 100 sources (its default,
// METRICS_BETWEENNESS_SAMPLES) on a larger network.
import { describe, expect, it } from 'vitest';
import { exactBetweenness, preferentialNetwork, topTen } from '../../../tests/setup/preferential-network';
import { sampledBetweenness, sampleSources } from './betweenness';
import { buildNetworkArrays } from './network-arrays';
import { seededRandom } from './random';

describe('sampled betweenness', () => {
  const network = preferentialNetwork(400, 3);
  const arrays = buildNetworkArrays(network.ids, network.links);
  const exact = exactBetweenness(network);

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
    const larger = preferentialNetwork(2000, 4);
    const exactLarger = exactBetweenness(larger);
    const sampled = sampledBetweenness(buildNetworkArrays(larger.ids, larger.links).undirected, sampleSources(2000, 100, seededRandom(1)));
    const largest = Math.max(...exactLarger);
    expect(Math.max(...exactLarger.map((value, i) => Math.abs(sampled[i]! - value)))).toBeLessThanOrEqual(0.15 * largest);
    expect(topTen(sampled)[0]).toBe(topTen(exactLarger)[0]);
    expect(topTen(sampled).filter((i) => topTen(exactLarger).includes(i)).length).toBeGreaterThanOrEqual(8);
  });
});
