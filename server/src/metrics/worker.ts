// The whole-region metrics job in a worker thread, so the server's event loop keeps answering while
// it runs: reads the actor network over its own connection, computes (compute.ts), writes the
// measures back in batches and records the run. Posts {ok, run} or {ok: false, message} and ends.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { createDriver } from '../graph/database';
import { QueryRunner } from '../graph/runner';
import { computeMetrics } from './compute';
import { maxTier } from './tiers';
import { buildNetworkArrays } from './network-arrays';
import { overviewOf } from './overview';
import {
  deleteOverview,
  readActors,
  readLinks,
  writeActorMetrics,
  writeOverviewGroups,
  writeOverviewLinks,
  writeRun,
  type MetricsRun,
} from './queries';

export interface WorkerInput {
  uri: string;
  user?: string;
  password?: string;
  betweennessSamples: number;
}

export type WorkerOutput = { ok: true; run: MetricsRun } | { ok: false; message: string };

/** Rows per write transaction: small enough not to hold many locks for long. */
const batchSize = 5_000;

async function run(input: WorkerInput): Promise<MetricsRun> {
  const driver = createDriver(input.uri, input.user, input.password);
  // Reading a million links and writing 200,000 nodes takes longer than a request may.
  const runner = new QueryRunner(driver, { timeoutMs: 600_000 });
  try {
    const started = performance.now();
    // The worker's own heap, sampled between the steps: what the job needs at this size.
    let peakHeap = 0;
    const sampleHeap = () => (peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size));
    const actorRows = await runner.run(readActors);
    const links = await runner.run(readLinks);
    const network = buildNetworkArrays(actorRows.map((row) => row.id), links);
    const overview = overviewOf(actorRows, links);
    sampleHeap();
    const { actors, summary } = computeMetrics(network, { betweennessSamples: input.betweennessSamples, progress: sampleHeap });
    sampleHeap();
    for (let i = 0; i < actors.length; i += batchSize) {
      await runner.run(writeActorMetrics, { rows: actors.slice(i, i + batchSize) });
    }
    // The overview is replaced whole, so a reader sees the old one or the new one.
    await runner.write(async (tx) => {
      await tx.run(deleteOverview);
      await tx.run(writeOverviewGroups, { groups: overview.groups });
      for (let i = 0; i < overview.links.length; i += batchSize) {
        await tx.run(writeOverviewLinks, { links: overview.links.slice(i, i + batchSize) });
      }
    });
    const run: MetricsRun = {
      computedAt: new Date().toISOString(),
      durationMs: Math.round(performance.now() - started),
      nodes: summary.nodes,
      links: summary.links,
      communities: summary.communities,
      modularity: summary.modularity,
      betweennessSamples: summary.betweennessSamples,
      maxTier,
      algorithm: 'graphology',
      heapMiB: Math.round(peakHeap / 2 ** 20),
    };
    await runner.run(writeRun, { run });
    return run;
  } finally {
    await driver.close();
  }
}

run(workerData as WorkerInput).then(
  (result) => parentPort?.postMessage({ ok: true, run: result } satisfies WorkerOutput),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerOutput),
);
