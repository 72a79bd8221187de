// ForceAtlas2 in a web worker (layout-worker.ts). A run stops by itself after a fixed number of
// iterations: FA2 is deterministic, so the same network from the same start (projection.ts) ends in
// the same picture, which is what makes a shared explorer URL reload as the same view. The user can
// run it longer. The main thread only writes the positions the worker hands back, a few times a run.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutAnswer, LayoutRequest, LayoutStop } from './layout-worker';
import type { NetworkGraph } from './types';

export const defaultIterations = 250;

// Stronger gravity and repulsion than inferred: pulls stray components in and spreads the core,
// so the whole demo network fills the canvas instead of a small ball among distant outliers.
const settingsFor = (graph: NetworkGraph) => ({
  ...forceAtlas2.inferSettings(graph),
  gravity: 1,
  scalingRatio: 30,
  barnesHutOptimize: graph.order > 1500,
});

export interface LayoutController {
  /** Runs `iterations` more iterations, or until stopped when Infinity. */
  start(iterations?: number): void;
  stop(): void;
  /** Safe to call twice. */
  kill(): void;
  readonly running: boolean;
}

let runs = 0;

export function createLayout(graph: NetworkGraph, onRunningChange: (running: boolean) => void): LayoutController {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  let killed = false;
  /** The run in progress (0: none); the run whose positions are taken (a stopped run's last answer
   * still is); the nodes in the order the worker knows them. */
  let run = 0;
  let shown = 0;
  let nodes: string[] = [];

  worker.onmessage = ({ data }: MessageEvent<LayoutAnswer>) => {
    if (killed || data.id !== shown) return;
    const index = new Map(nodes.map((node, i) => [node, i]));
    graph.updateEachNodeAttributes(
      (node, attributes) => {
        const i = index.get(node);
        if (i !== undefined) {
          attributes.x = data.positions[2 * i]!;
          attributes.y = data.positions[2 * i + 1]!;
        }
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
    if (data.done && data.id === run) finish();
  };

  const finish = () => {
    if (run === 0) return;
    run = 0;
    onRunningChange(false);
  };

  const start = (iterations = defaultIterations) => {
    if (killed || graph.order === 0) return;
    if (run !== 0) worker.postMessage({ type: 'stop', id: run } satisfies LayoutStop);
    const wasRunning = run !== 0;
    run = shown = ++runs;
    nodes = graph.nodes();
    const index = new Map(nodes.map((node, i) => [node, i]));
    const positions = new Float32Array(nodes.length * 2);
    nodes.forEach((node, i) => {
      const { x, y } = graph.getNodeAttributes(node);
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
    });
    const edges = new Uint32Array(graph.size * 2);
    let j = 0;
    graph.forEachEdge((_edge, _attributes, source, target) => {
      edges[j++] = index.get(source)!;
      edges[j++] = index.get(target)!;
    });
    const request: LayoutRequest = { type: 'run', id: run, positions, edges, settings: settingsFor(graph), iterations };
    worker.postMessage(request, [positions.buffer, edges.buffer]);
    if (!wasRunning) onRunningChange(true);
  };

  const stop = () => {
    if (run === 0) return;
    // The worker hands back where it got to; that answer is the run's last.
    worker.postMessage({ type: 'stop', id: run } satisfies LayoutStop);
    finish();
  };

  // Nodes or links added or dropped during a run (an expansion): the run goes on over the new network.
  // Once per burst of changes: an expansion adds its nodes one by one.
  let remaining = defaultIterations;
  let restarting = false;
  const restart = () => {
    if (run === 0 || restarting) return;
    restarting = true;
    queueMicrotask(() => {
      restarting = false;
      if (run !== 0) start(remaining);
    });
  };
  const changes = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped'] as const;
  for (const change of changes) graph.on(change, restart);
  // A cleared graph takes nothing more from the run it had.
  const clear = () => {
    stop();
    shown = 0;
  };
  graph.on('cleared', clear);

  return {
    start(iterations = defaultIterations) {
      remaining = iterations;
      start(iterations);
    },
    stop,
    kill() {
      if (killed) return;
      killed = true;
      for (const change of changes) graph.off(change, restart);
      graph.off('cleared', clear);
      worker.terminate();
    },
    get running() {
      return run !== 0;
    },
  };
}
