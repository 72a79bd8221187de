// Measures for the colouring or sizing of a drawn network: the whole-region values the server
// stored with the nodes where every node has them, otherwise computed for the drawn network in a
// web worker (metrics-worker.ts). Only the newest request is answered; older ones are dropped.
import type { Metrics } from './metrics';
import type { MetricsAnswer, MetricsRequest } from './metrics-worker';
import type { NetworkGraph } from './types';

let worker: Worker | undefined;
let latest = 0;

/** The server's stored communities and betweenness, if every drawn node has them. */
export function storedMetrics(graph: NetworkGraph): Metrics | undefined {
  const metrics: Metrics = { degree: {}, betweenness: {}, community: {}, communityCount: 0 };
  const communities = new Set<number>();
  let complete = graph.order > 0;
  graph.forEachNode((node, { community, betweenness }) => {
    if (!complete || typeof community !== 'number' || typeof betweenness !== 'number') {
      complete = false;
      return;
    }
    metrics.degree[node] = graph.neighbors(node).length;
    metrics.betweenness[node] = betweenness;
    metrics.community[node] = community;
    communities.add(community);
  });
  metrics.communityCount = communities.size;
  return complete ? metrics : undefined;
}

export function metricsInWorker(graph: NetworkGraph): Promise<Metrics> {
  worker ??= new Worker(new URL('./metrics-worker.ts', import.meta.url), { type: 'module' });
  const request: MetricsRequest = { id: ++latest, nodes: graph.nodes(), edges: graph.mapEdges((_e, _a, source, target) => [source, target]) };
  const target = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<MetricsAnswer>) => {
      if (event.data.id !== request.id) return;
      target.removeEventListener('message', onMessage);
      resolve(event.data.metrics);
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
    target.postMessage(request);
  });
}

/** Measures for a colouring or sizing that needs them: stored where complete, else from the worker. */
export function metricsFor(graph: NetworkGraph): Promise<Metrics> {
  const stored = storedMetrics(graph);
  return stored ? Promise.resolve(stored) : metricsInWorker(graph);
}
