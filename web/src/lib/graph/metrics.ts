// Network measures computed in the browser on an undirected, simple view of the explorer graph
// (who is linked with whom, whatever the direction or number of links): degree, betweenness and
// Louvain communities. Louvain gets a seeded random source so a shared view colours the same.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { NetworkGraph } from './types';

export interface Metrics {
  degree: Record<string, number>;
  /** Normalised to 0..1. */
  betweenness: Record<string, number>;
  community: Record<string, number>;
  communityCount: number;
}

/** mulberry32: small, fast and good enough to make Louvain repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function undirectedView(graph: NetworkGraph): Graph {
  const view = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => view.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) view.mergeEdge(source, target);
  });
  return view;
}

export function computeMetrics(graph: NetworkGraph): Metrics {
  const view = undirectedView(graph);
  const degree: Record<string, number> = {};
  view.forEachNode((node) => (degree[node] = view.degree(node)));
  const betweenness = view.order > 2 ? betweennessCentrality(view, { normalized: true }) : {};
  view.forEachNode((node) => (betweenness[node] ??= 0));
  // Louvain wants at least one edge; without any, every node is its own community.
  const communities = view.size > 0 ? louvain.detailed(view, { rng: seededRandom(42) }) : undefined;
  const community: Record<string, number> = communities?.communities ?? {};
  let next = communities?.count ?? 0;
  view.forEachNode((node) => (community[node] ??= next++));
  return { degree, betweenness, community, communityCount: new Set(Object.values(community)).size };
}
