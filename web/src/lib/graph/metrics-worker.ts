// Measures of a drawn network, computed off the main thread (metrics-client.ts posts the network,
// this answers with its degree, betweenness and communities), so the page never freezes over them.
import Graph from 'graphology';
import { computeMetrics, type Metrics } from './metrics';

export interface MetricsRequest {
  id: number;
  nodes: string[];
  edges: [string, string][];
}

export interface MetricsAnswer {
  id: number;
  metrics: Metrics;
}

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { id, nodes, edges } = event.data;
  const graph = new Graph({ type: 'directed', multi: true });
  for (const node of nodes) graph.addNode(node);
  for (const [source, target] of edges) graph.addEdge(source, target);
  self.postMessage({ id, metrics: computeMetrics(graph as never) } satisfies MetricsAnswer);
};
