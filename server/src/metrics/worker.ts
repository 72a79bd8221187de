// The whole-region metrics job in a worker thread, so the server's event loop keeps answering while
// it runs: reads the actor network over its own connection, computes (compute.ts), writes the
// measures back in batches and records the run. Posts {ok, run} or {ok: false, message} and ends.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { createDriver } from '../graph/database';
import { QueryRunner } from '../graph/runner';
import { builtInCommunities, builtInMeasures, computeMetrics } from './compute';
import { graphDataScienceMeasures } from './gds';
import { maxTier } from './tiers';
import { areaFiguresOf } from './area-figures';
import { networkOf, reverse } from './network-arrays';
import { overviewChange, overviewOf } from './overview';
import { readRegion } from './read-region';
import {
  deleteOverviewGroups,
  deleteOverviewLinks,
  readOverview,
  writeActorMetrics,
  writeAreaFigures,
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
  engine: MetricsEngineName;
}

/** What computes PageRank and betweenness: the worker itself or the database's library (Louvain is always the worker's). */
export type MetricsEngineName = 'built-in' | 'graph-data-science';

/** How long each step took (ms), in order: where the job's time goes at the region's size. */
export type StepTimes = { step: string; ms: number }[];

export type WorkerOutput = { ok: true; run: MetricsRun; steps: StepTimes } | { ok: false; message: string };

/** Rows per write transaction: few round trips and commits, each well inside the database's memory. */
const batchSize = 20_000;

/** Times the steps one after the other and samples the heap between them. */
class Steps {
  readonly times: StepTimes = [];
  peakHeap = 0;
  private current: { step: string; started: number } | undefined;

  start(step: string): void {
    this.end();
    this.current = { step, started: performance.now() };
  }

  end(): void {
    this.peakHeap = Math.max(this.peakHeap, getHeapStatistics().used_heap_size);
    if (this.current) this.times.push({ step: this.current.step, ms: Math.round(performance.now() - this.current.started) });
    this.current = undefined;
  }
}

async function run(input: WorkerInput): Promise<{ run: MetricsRun; steps: StepTimes }> {
  const driver = createDriver(input.uri, input.user, input.password);
  // Reading a million links and writing 200,000 nodes takes longer than a request may.
  const runner = new QueryRunner(driver, { timeoutMs: 600_000 });
  try {
    const started = performance.now();
    const steps = new Steps();
    const region = await readRegion(runner, (step) => steps.start(step));
    steps.start('network arrays');
    const network = networkOf(region.actors.ids, region.links);
    steps.start('overview');
    const overview = overviewOf(region.grouping.groups, region.groupOfActor, region.links);
    const measureOptions = { betweennessSamples: input.betweennessSamples, seed: 42, progress: (step: string) => steps.start(step) };
    const measures =
      input.engine === 'graph-data-science'
        ? { ...(await graphDataScienceMeasures(runner, network.ids, measureOptions)), ...builtInCommunities(network, measureOptions) }
        : builtInMeasures(network, measureOptions);
    const { actors, summary } = computeMetrics(network, measures, (step) => steps.start(step));
    steps.start('area figures');
    const areas = areaFiguresOf(region.actors, region.products, region.offeredBy, region.needs, region.links, reverse(network.supplies), actors.dependants, maxTier);
    steps.start('write actors');
    const { ids } = region.actors;
    for (let start = 0; start < ids.length; start += batchSize) {
      const end = Math.min(ids.length, start + batchSize);
      const slice = (values: Int32Array | Float64Array) => Array.from(values.subarray(start, end));
      await runner.run(writeActorMetrics, {
        ids: ids.slice(start, end),
        degree: slice(actors.degree),
        weightedDegree: slice(actors.weightedDegree),
        pageRank: slice(actors.pageRank),
        community: slice(actors.community),
        betweenness: slice(actors.betweenness),
        dependants: Array.from(actors.dependants.subarray(start * maxTier, end * maxTier)),
        tiers: maxTier,
      });
    }
    steps.start('write areas');
    const computedAt = new Date().toISOString();
    // The overview and the area figures are replaced whole, so a reader sees the old ones or the new ones.
    await runner.write(async (tx) => {
      await tx.run(writeAreaFigures, { computedAt, areas: [...areas].map(([district, figures]) => ({ region: district, figures: JSON.stringify(figures) })) });
      steps.start('write overview');
      // Only the links whose count changed: after a few edits, a few of the 41,000 at 200,000 firms.
      const { gone, changed } = overviewChange(await tx.run(readOverview), overview.links);
      await tx.run(deleteOverviewGroups, { keep: overview.groups.map((g) => g.id) });
      await tx.run(writeOverviewGroups, { groups: overview.groups });
      for (let i = 0; i < gone.length; i += batchSize) await tx.run(deleteOverviewLinks, { links: gone.slice(i, i + batchSize) });
      for (let i = 0; i < changed.length; i += batchSize) await tx.run(writeOverviewLinks, { links: changed.slice(i, i + batchSize) });
    });
    steps.end();
    const run: MetricsRun = {
      computedAt,
      durationMs: Math.round(performance.now() - started),
      nodes: summary.nodes,
      links: summary.links,
      communities: summary.communities,
      modularity: summary.modularity,
      betweennessSamples: summary.betweennessSamples,
      maxTier,
      algorithm: input.engine,
      heapMiB: Math.round(steps.peakHeap / 2 ** 20),
    };
    await runner.run(writeRun, { run });
    return { run, steps: steps.times };
  } finally {
    await driver.close();
  }
}

run(workerData as WorkerInput).then(
  (result) => parentPort?.postMessage({ ok: true, ...result } satisfies WorkerOutput),
  (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerOutput),
);
