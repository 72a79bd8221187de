// PageRank on the flat weighted undirected network: the power iteration of graphology-metrics'
// pagerank (damping 0.85, at most 100 iterations, tolerance 1e-6 per node, dangling nodes' rank
// spread evenly, a link's share its weight over the node's weighted degree), without building
// graphology's graph of a million links first.
import type { Adjacency } from './network-arrays';

export function pageRank(graph: Adjacency, weights: Float64Array, alpha = 0.85, maxIterations = 100, tolerance = 1e-6): Float64Array {
  const { offsets, targets } = graph;
  const count = offsets.length - 1;
  const p = 1 / count;
  const degree = new Float64Array(count);
  const dangling: number[] = [];
  for (let i = 0; i < count; i++) {
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) degree[i]! += weights[e]!;
    if (degree[i] === 0) dangling.push(i);
  }
  let x = new Float64Array(count).fill(p);
  let next = new Float64Array(count);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let dangleSum = 0;
    for (const i of dangling) dangleSum += x[i]!;
    dangleSum *= alpha;
    next.fill(0);
    for (let i = 0; i < count; i++) {
      const share = (alpha * x[i]!) / degree[i]!;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) next[targets[e]!]! += share * weights[e]!;
      next[i]! += dangleSum * p + (1 - alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < count; i++) error += Math.abs(next[i]! - x[i]!);
    [x, next] = [next, x];
    if (error < count * tolerance) break;
  }
  return x;
}
