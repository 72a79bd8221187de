// The whole-region measures of every actor, computed from the flat network (network-arrays.ts):
// degree (distinct partners), weighted degree (links), PageRank and Louvain communities (on the
// weighted undirected graph, checked against graphology's implementations in the tests), approximate
// betweenness (sampled sources) and dependants within 1..maxTier supply tiers. Pure and synchronous:
// the worker (worker.ts) runs it. Where the database offers the Graph Data Science library, gds.ts
// computes PageRank, Louvain and betweenness instead of builtInMeasures.
import { sampledBetweenness, sampleSources } from './betweenness';
import { dependantCounts } from './dependants';
import { louvain } from './louvain';
import type { NetworkArrays } from './network-arrays';
import { pageRank as pageRankOf } from './pagerank';
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

/** The measures an engine computes over the undirected network, node i at index i. */
export interface Measures {
  pageRank: Float64Array;
  community: Int32Array;
  communities: number;
  modularity: number;
  /** Normalised to 0..1 as graphology-metrics does for an undirected graph. */
  betweenness: Float64Array;
  betweennessSamples: number;
}

export interface MeasureOptions {
  /** Sources for betweenness; at least the node count gives the exact value. */
  betweennessSamples: number;
  seed?: number;
  /** Called between the steps, to say where the job is. */
  progress?: (step: string) => void;
}

/** PageRank, Louvain and sampled betweenness by the server's own implementations. */
export function builtInMeasures(network: NetworkArrays, options: MeasureOptions): Measures {
  const seed = options.seed ?? 42;
  options.progress?.('pagerank');
  const pageRank = pageRankOf(network.undirected, network.weights);
  options.progress?.('louvain');
  const communities = louvain(network.undirected, network.weights, seededRandom(seed));
  options.progress?.('betweenness');
  const sources = sampleSources(network.ids.length, options.betweennessSamples, seededRandom(seed));
  return {
    pageRank,
    community: communities.community,
    communities: communities.count,
    modularity: communities.modularity,
    betweenness: sampledBetweenness(network.undirected, sources),
    betweennessSamples: sources.length,
  };
}

/** Every actor's measures: an engine's, with the degrees and dependants counted on the arrays. */
export function computeMetrics(
  network: NetworkArrays,
  measures: Measures,
  progress?: (step: string) => void,
): { actors: ActorMetrics[]; dependants: Int32Array; summary: MetricsSummary } {
  const count = network.ids.length;
  const { offsets } = network.undirected;
  progress?.('dependants');
  const dependants = dependantCounts(network.supplies, maxTier);
  progress?.('measures');

  const actors = network.ids.map((id, i): ActorMetrics => {
    let weightedDegree = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) weightedDegree += network.weights[e]!;
    return {
      id,
      degree: offsets[i + 1]! - offsets[i]!,
      weightedDegree,
      pageRank: measures.pageRank[i]!,
      community: measures.community[i]!,
      betweenness: measures.betweenness[i]!,
      dependants: Array.from(dependants.subarray(i * maxTier, (i + 1) * maxTier)),
    };
  });
  return {
    actors,
    dependants,
    summary: {
      nodes: count,
      links: offsets[count]! / 2,
      communities: measures.communities,
      modularity: measures.modularity,
      betweennessSamples: measures.betweennessSamples,
    },
  };
}
