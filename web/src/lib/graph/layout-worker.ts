// ForceAtlas2 iterations off the main thread. The worker keeps its own copy of the network and runs
// the iterations in fixed chunks, handing positions back about twice a second and at the end: each
// hand-back makes Sigma draw every node and link anew (100–270 ms on the main thread for 5,000
// actors with software WebGL), so it must not happen once per iteration. Fixed chunks keep a run
// deterministic: the same network from the same start ends in the same picture.
import Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

export interface LayoutRequest {
  type: 'run';
  id: number;
  /** x and y of node i at 2i and 2i + 1. */
  positions: Float32Array;
  /** Source and target index of link j at 2j and 2j + 1. */
  edges: Uint32Array;
  settings: ForceAtlas2Settings;
  iterations: number;
}

export interface LayoutStop {
  type: 'stop';
  id: number;
}

export interface LayoutAnswer {
  id: number;
  positions: Float32Array;
  done: boolean;
}

/** Iterations between two looks at the message queue (a stop) and the clock. */
export const chunk = 10;
const handBackMs = 500;

let current = 0;

function networkOf({ positions, edges }: LayoutRequest): Graph {
  const graph = new Graph({ multi: true });
  for (let i = 0; i < positions.length / 2; i++) graph.addNode(i, { x: positions[2 * i], y: positions[2 * i + 1] });
  for (let j = 0; j < edges.length / 2; j++) graph.addEdge(edges[2 * j], edges[2 * j + 1]);
  return graph;
}

function positionsOf(graph: Graph): Float32Array {
  const positions = new Float32Array(graph.order * 2);
  graph.forEachNode((node, { x, y }) => {
    positions[2 * Number(node)] = x;
    positions[2 * Number(node) + 1] = y;
  });
  return positions;
}

function handBack(id: number, graph: Graph, done: boolean) {
  const positions = positionsOf(graph);
  self.postMessage({ id, positions, done } satisfies LayoutAnswer, { transfer: [positions.buffer] });
}

async function run(request: LayoutRequest) {
  const graph = networkOf(request);
  let handedBack = performance.now();
  for (let done = 0; done < request.iterations; done += chunk) {
    // A stop or a newer run arrives between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (current !== request.id) return handBack(request.id, graph, true);
    forceAtlas2.assign(graph, { iterations: Math.min(chunk, request.iterations - done), settings: request.settings });
    if (performance.now() - handedBack >= handBackMs) {
      handBack(request.id, graph, false);
      handedBack = performance.now();
    }
  }
  handBack(request.id, graph, true);
}

self.onmessage = (event: MessageEvent<LayoutRequest | LayoutStop>) => {
  const message = event.data;
  if (message.type === 'stop') {
    if (current === message.id) current = 0;
    return;
  }
  current = message.id;
  void run(message);
};
