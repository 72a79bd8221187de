// The whole-region metrics: `app.metrics.status()` says when they were computed; where the app was
// given the database's address, a job (metrics/metrics-job.ts) computes them in a worker thread at
// start and again after every successful change through the API, debounced.
import fp from 'fastify-plugin';
import { MetricsJob, type MetricsJobOptions } from '../../metrics/metrics-job';
import { findGds, getRun } from '../../metrics/queries';
import type { MetricsStatus } from '../../schemas/metrics';

export interface MetricsPluginOptions {
  job?: MetricsJobOptions & { /** Compute once when the app starts. */ atStart?: boolean };
}

/**
 * Which engine computes the measures. Only the built-in one (typed arrays in the worker) is wired:
 * the Graph Data Science library is detected and named, not used; its path could not be tested here.
 */
export interface MetricsEngine {
  engine: 'built-in';
  /** The database offers Neo4j's Graph Data Science library (gds.version() is listed). */
  graphDataScience: boolean;
}

export interface Metrics {
  job: MetricsJob | undefined;
  status(): Promise<MetricsStatus>;
  /** Asked of the database once, at start (or on first use). */
  engine(): Promise<MetricsEngine>;
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

export default fp<MetricsPluginOptions>(
  async (app, options) => {
    const job = options.job
      ? new MetricsJob({
          ...options.job,
          onError: (message) => app.log.error(`metrics: ${message}`),
          // The overview's links change with each run: read while nobody waits for them.
          onRun: () => void app.networkRepository.refreshOverviewLinks().catch((error: Error) => app.log.warn(`overview links: ${error.message}`)),
        })
      : undefined;
    let engine: Promise<MetricsEngine> | undefined;
    app.decorate('metrics', {
      job,
      engine() {
        engine ??= app.runner.run(findGds).then(([row]) => ({ engine: 'built-in' as const, graphDataScience: row?.present ?? false }));
        // A database that was away at start is asked again next time.
        engine.catch(() => (engine = undefined));
        return engine;
      },
      async status() {
        const [row] = await app.runner.run(getRun);
        return { run: row?.run ?? null, running: job?.running ?? false };
      },
    });
    if (!job) return;
    app.addHook('onResponse', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400 && request.url.startsWith('/api/')) job.schedule();
    });
    if (options.job?.atStart) app.addHook('onReady', async () => void job.run().catch(() => undefined));
    app.addHook('onClose', () => job.close());
  },
  { name: 'metrics', dependencies: ['neo4j', 'network-repository'] },
);
