// The whole-region measures of every actor, computed from the flat network (network-arrays.ts):
// degree (distinct partners), weighted degree (links), PageRank and Louvain communities (on the
// weighted undirected graph, checked against graphology's implementations in the tests), approximate
// betweenness (sampled sources) and dependants within 1..maxTier supply tiers. Pure and synchronous:
// the worker (worker.ts) runs it.
import { sampledBetweenness, sampleSources } from './betweenness';
import { dependantCounts } from './dependants';
import { louvain } from './louvain';
import type { NetworkArrays } from './network-arrays';
import { pageRank } from './pagerank';
import { seededRandom } from './random';
import { maxTier } from './tiers';

export interface ActorMetrics {
  id: string;
  degree: number;
  weightedDegree: number;
  pageRank: number;
  community: number;
  /** Normalised to 0..1 as graphology-metrics does for an undirected graph. */
  betweenness: number;
  /** dependants[t - 1]: firms that have this one in their supply chain within t tiers (t = 1..maxTier). */
  dependants: number[];
}

export interface MetricsSummary {
  nodes: number;
  links: number;
  communities: number;
  modularity: number;
  betweennessSamples: number;
}

export interface ComputeOptions {
  /** Sources for betweenness; at least the node count gives the exact value. */
  betweennessSamples: number;
  seed?: number;
  /** Called between the steps, to say where the job is. */
  progress?: (step: string) => void;
}

export function computeMetrics(network: NetworkArrays, options: ComputeOptions): { actors: ActorMetrics[]; dependants: Int32Array; summary: MetricsSummary } {
  const seed = options.seed ?? 42;
  const count = network.ids.length;
  const { offsets } = network.undirected;

  options.progress?.('pagerank');
  const ranks = pageRank(network.undirected, network.weights);
  options.progress?.('louvain');
  const communities = louvain(network.undirected, network.weights, seededRandom(seed));
  options.progress?.('betweenness');
  const sources = sampleSources(count, options.betweennessSamples, seededRandom(seed));
  const betweenness = sampledBetweenness(network.undirected, sources);
  options.progress?.('dependants');
  const dependants = dependantCounts(network.supplies, maxTier);
  options.progress?.('measures');

  const actors = network.ids.map((id, i): ActorMetrics => {
    let weightedDegree = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) weightedDegree += network.weights[e]!;
    return {
      id,
      degree: offsets[i + 1]! - offsets[i]!,
      weightedDegree,
      pageRank: ranks[i]!,
      community: communities.community[i]!,
      betweenness: betweenness[i]!,
      dependants: Array.from(dependants.subarray(i * maxTier, (i + 1) * maxTier)),
    };
  });
  return {
    actors,
    dependants,
    summary: {
      nodes: count,
      links: offsets[count]! / 2,
      communities: communities.count,
      modularity: communities.modularity,
      betweennessSamples: sources.length,
    },
  };
}
