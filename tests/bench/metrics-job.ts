// The whole-region metrics job at the loaded size: how long it takes, how much heap its worker used
// (and the limit it runs under), and what it does to the latency of queries served meanwhile: the
// same light query two at a time for a few seconds before the job, then for as long as it runs.
import { defaultBetweennessSamples, defaultHeapMiB, MetricsJob } from '../../server/src/metrics/metrics-job';
import type { MetricsRun } from '../../server/src/metrics/queries';
import type { MetricsEngineName, StepTimes } from '../../server/src/metrics/worker';
import { runLoad } from './load';
import { summarize, type Summary } from './stats';

export interface MetricsJobFigures {
  run: MetricsRun;
  /** Where the job's time went, step by step. */
  steps: StepTimes;
  heapLimitMiB: number;
  quiet: Summary;
  during: Summary;
}

const heapLimitMiB = defaultHeapMiB;

export async function measureMetricsJob(
  connection: { uri: string; user?: string; password?: string },
  engine: MetricsEngineName,
  call: (index: number) => Promise<void>,
): Promise<MetricsJobFigures> {
  const quiet = await runLoad(call, { calls: Infinity, concurrency: 2, budgetMs: 5_000 });
  const job = new MetricsJob({ connection, betweennessSamples: defaultBetweennessSamples, heapMiB: heapLimitMiB, engine: async () => engine });
  let done = false;
  const finished = job.run().finally(() => (done = true));
  const latencies: number[] = [];
  const probe = async (offset: number) => {
    for (let i = offset; !done; i += 2) {
      const t0 = performance.now();
      await call(i).catch(() => undefined);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all([probe(0), probe(1), finished]);
  await job.close();
  return { run: await finished, steps: job.lastSteps, heapLimitMiB, quiet: summarize(quiet.latencies), during: summarize(latencies) };
}
