// Approximate betweenness centrality (Brandes' algorithm from a sample of source nodes, scaled up
// by nodes / samples; Brandes & Pich 2007). With every node as a source it is the exact value, and
// normalised as graphology-metrics normalises an undirected graph's, so the two can be compared.
import type { Adjacency } from './network-arrays';

/** Sources spread evenly over a seeded shuffle of the nodes, so the same graph gives the same answer. */
export function sampleSources(count: number, samples: number, random: () => number): Int32Array {
  const order = Int32Array.from({ length: count }, (_, i) => i);
  const take = Math.min(samples, count);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (count - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, take);
}

export function sampledBetweenness(graph: Adjacency, sources: Int32Array): Float64Array {
  const { offsets, targets } = graph;
  const count = offsets.length - 1;
  const centrality = new Float64Array(count);
  const sigma = new Float64Array(count);
  const distance = new Int32Array(count);
  const delta = new Float64Array(count);
  const stack = new Int32Array(count);
  for (const source of sources) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[source] = 1;
    distance[source] = 0;
    // The stack doubles as the breadth-first queue: nodes in order of distance.
    let head = 0;
    let tail = 0;
    stack[tail++] = source;
    while (head < tail) {
      const node = stack[head++]!;
      const further = distance[node]! + 1;
      const paths = sigma[node]!;
      for (let e = offsets[node]!, end = offsets[node + 1]!; e < end; e++) {
        const next = targets[e]!;
        const d = distance[next]!;
        if (d === -1) {
          distance[next] = further;
          sigma[next] = paths;
          stack[tail++] = next;
        } else if (d === further) sigma[next]! += paths;
      }
    }
    // Predecessors are the neighbours one step nearer, so no lists need keeping.
    for (let i = tail - 1; i > 0; i--) {
      const node = stack[i]!;
      const nearer = distance[node]! - 1;
      const share = (1 + delta[node]!) / sigma[node]!;
      for (let e = offsets[node]!, end = offsets[node + 1]!; e < end; e++) {
        const previous = targets[e]!;
        if (distance[previous] === nearer) delta[previous]! += sigma[previous]! * share;
      }
      centrality[node]! += delta[node]!;
    }
  }
  const scale = count <= 2 || sources.length === 0 ? 0 : count / sources.length / ((count - 1) * (count - 2));
  for (let i = 0; i < count; i++) centrality[i]! *= scale;
  return centrality;
}
