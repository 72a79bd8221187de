// ForceAtlas2 in a web worker. A run stops by itself after a fixed number of iterations: FA2 is
// deterministic, so the same network from the same start (projection.ts) ends in the same picture,
// which is what makes a shared explorer URL reload as the same view. The user can run it longer.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
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

export function createLayout(graph: NetworkGraph, onRunningChange: (running: boolean) => void): LayoutController {
  let calls = 0;
  let budget = 0;
  let killed = false;
  const stop = () => {
    if (!supervisor.isRunning()) return;
    supervisor.stop();
    onRunningChange(false);
  };
  const supervisor = new FA2Layout(graph, {
    settings: settingsFor(graph),
    // Called once per node and iteration: counts iterations so a run ends after its budget.
    outputReducer: (_key, attributes) => {
      calls++;
      if (calls >= budget * Math.max(1, graph.order)) queueMicrotask(stop);
      return attributes;
    },
  });
  // A cleared graph leaves the worker with stale matrices.
  graph.on('cleared', stop);

  return {
    start(iterations = defaultIterations) {
      if (killed || graph.order === 0) return;
      calls = 0;
      budget = iterations;
      if (supervisor.isRunning()) return;
      // The supervisor sends its (untyped) settings with every iteration: let them follow the graph's size.
      Object.assign((supervisor as unknown as { settings: object }).settings, settingsFor(graph));
      supervisor.start();
      onRunningChange(true);
    },
    stop,
    kill() {
      if (killed) return;
      killed = true;
      graph.off('cleared', stop);
      supervisor.kill();
    },
    get running() {
      return supervisor.isRunning();
    },
  };
}
