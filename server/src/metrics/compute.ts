// The whole-region measures of every actor, computed from the flat network (network-arrays.ts):
// degree (distinct partners), weighted degree (links), PageRank and Louvain communities (on the
// weighted undirected graph, checked against graphology's implementations in the tests), approximate
// betweenness (sampled sources) and dependants within 1..maxTier supply tiers. Pure and synchronous:
// the worker (worker.ts) runs it. Where the database offers the Graph Data Science library, gds.ts
// computes PageRank and betweenness instead.
import { sampledBetweenness, sampleSources } from './betweenness';
import { dependantCounts } from './dependants';
import { louvain } from './louvain';
import type { NetworkArrays } from './network-arrays';
import { pageRank as pageRankOf } from './pagerank';
import { seededRandom } from './random';
import { maxTier } from './tiers';

/** The stored measures of every actor, item i of each belonging to node i. */
export interface ActorMeasures {
  /** Distinct partners. */
  degree: Int32Array;
  /** Links to them, of any type. */
  weightedDegree: Float64Array;
  pageRank: Float64Array;
  community: Int32Array;
  /** Normalised to 0..1 as graphology-metrics does for an undirected graph. */
  betweenness: Float64Array;
  /** dependants[i * maxTier + t - 1]: firms that have node i in their supply chain within t tiers (t = 1..maxTier). */
  dependants: Int32Array;
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

/**
 * Louvain communities by the server's own implementation, whichever engine computes the rest: the
 * Graph Data Science library's Louvain (and its Leiden) divided the test region less well than
 * graphology's Louvain (modularity 0.364 against 0.367), ours at least as well.
 */
export function builtInCommunities(network: NetworkArrays, options: MeasureOptions): Pick<Measures, 'community' | 'communities' | 'modularity'> {
  options.progress?.('louvain');
  const communities = louvain(network.undirected, network.weights, seededRandom(options.seed ?? 42));
  return { community: communities.community, communities: communities.count, modularity: communities.modularity };
}

/** PageRank, Louvain and sampled betweenness by the server's own implementations. */
export function builtInMeasures(network: NetworkArrays, options: MeasureOptions): Measures {
  options.progress?.('pagerank');
  const pageRank = pageRankOf(network.undirected, network.weights);
  const communities = builtInCommunities(network, options);
  options.progress?.('betweenness');
  const sources = sampleSources(network.ids.length, options.betweennessSamples, seededRandom(options.seed ?? 42));
  return { pageRank, ...communities, betweenness: sampledBetweenness(network.undirected, sources), betweennessSamples: sources.length };
}

/** Every actor's measures: an engine's, with the degrees and dependants counted on the arrays. */
export function computeMetrics(
  network: NetworkArrays,
  measures: Measures,
  progress?: (step: string) => void,
): { actors: ActorMeasures; summary: MetricsSummary } {
  const count = network.ids.length;
  const { offsets } = network.undirected;
  progress?.('dependants');
  const dependants = dependantCounts(network.supplies, maxTier);
  progress?.('degrees');
  const degree = new Int32Array(count);
  const weightedDegree = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    degree[i] = offsets[i + 1]! - offsets[i]!;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) weightedDegree[i]! += network.weights[e]!;
  }
  return {
    actors: { degree, weightedDegree, pageRank: measures.pageRank, community: measures.community, betweenness: measures.betweenness, dependants },
    summary: {
      nodes: count,
      links: offsets[count]! / 2,
      communities: measures.communities,
      modularity: measures.modularity,
      betweennessSamples: measures.betweennessSamples,
    },
  };
}
