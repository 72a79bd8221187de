// The whole-region measures of every actor, computed from the flat network (network-arrays.ts):
// degree (distinct partners), weighted degree (links), PageRank and Louvain communities (graphology's
// implementations, on the weighted undirected graph), approximate betweenness (sampled sources) and
// dependants within 1..maxTier supply tiers. Pure and synchronous: the worker (worker.ts) runs it.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { sampledBetweenness, sampleSources } from './betweenness';
import { dependantCounts } from './dependants';
import type { NetworkArrays } from './network-arrays';
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

/** The undirected weighted graph as graphology wants it, for PageRank and Louvain. */
export function toGraphology(network: NetworkArrays): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of network.ids) graph.addNode(id);
  const { offsets, targets } = network.undirected;
  for (let i = 0; i < network.ids.length; i++) {
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const j = targets[e]!;
      if (j > i) graph.addEdge(network.ids[i]!, network.ids[j]!, { weight: network.weights[e]! });
    }
  }
  return graph;
}

export function computeMetrics(network: NetworkArrays, options: ComputeOptions): { actors: ActorMetrics[]; summary: MetricsSummary } {
  const seed = options.seed ?? 42;
  const count = network.ids.length;
  const { offsets } = network.undirected;

  options.progress?.('graph');
  const graph = toGraphology(network);
  options.progress?.('pagerank');
  const ranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  options.progress?.('louvain');
  const communities = graph.size > 0 ? louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) : undefined;
  options.progress?.('betweenness');
  const sources = sampleSources(count, options.betweennessSamples, seededRandom(seed));
  const betweenness = sampledBetweenness(network.undirected, sources);
  options.progress?.('dependants');
  const dependants = dependantCounts(network.supplies, maxTier);

  // Louvain leaves isolated nodes out; each gets a community of its own after the others.
  let next = communities?.count ?? 0;
  const actors = network.ids.map((id, i): ActorMetrics => {
    let weightedDegree = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) weightedDegree += network.weights[e]!;
    return {
      id,
      degree: offsets[i + 1]! - offsets[i]!,
      weightedDegree,
      pageRank: ranks[id] ?? 1 / Math.max(1, count),
      community: communities?.communities[id] ?? next++,
      betweenness: betweenness[i]!,
      dependants: Array.from(dependants.subarray(i * maxTier, (i + 1) * maxTier)),
    };
  });
  return {
    actors,
    summary: {
      nodes: count,
      links: graph.size,
      communities: next,
      modularity: communities?.modularity ?? 0,
      betweennessSamples: sources.length,
    },
  };
}
