// The whole-region metrics: `app.metrics.status()` says when they were computed; where the app was
// given the database's address, a job (metrics/metrics-job.ts) computes them in a worker thread when
// asked (the server asks once it has started) and again after every successful change through the
// API, debounced.
import fp from 'fastify-plugin';
import { MetricsJob, type MetricsJobOptions } from '../../metrics/metrics-job';
import type { MetricsEngineName } from '../../metrics/worker';
import { findGds, getRun } from '../../metrics/queries';
import type { MetricsStatus } from '../../schemas/metrics';

export interface MetricsPluginOptions {
  job?: MetricsJobOptions & {
    /** The Graph Data Science library where the database offers it (default), else the built-in engine. */
    useGraphDataScience?: boolean;
  };
}

/**
 * Which engine computes PageRank and betweenness: the database's Graph Data Science library
 * where it is there (and not declined), else the built-in one (typed arrays in the worker).
 */
export interface MetricsEngine {
  engine: MetricsEngineName;
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
    let engine: Promise<MetricsEngine> | undefined;
    const detectEngine = () => {
      engine ??= app.runner.run(findGds).then(([row]) => {
        const graphDataScience = row?.present ?? false;
        const chosen: MetricsEngineName = graphDataScience && options.job?.useGraphDataScience !== false ? 'graph-data-science' : 'built-in';
        return { engine: chosen, graphDataScience };
      });
      // A database that was away at start is asked again next time.
      engine.catch(() => (engine = undefined));
      return engine;
    };
    const job = options.job
      ? new MetricsJob({
          ...options.job,
          engine: async () => (await detectEngine()).engine,
          onError: (message) => app.log.error(`metrics: ${message}`),
          // The overview's links change with each run: read while nobody waits for them.
          onRun: () => void app.networkRepository.refreshOverviewLinks().catch((error: Error) => app.log.warn(`overview links: ${error.message}`)),
        })
      : undefined;
    app.decorate('metrics', {
      job,
      engine: detectEngine,
      async status() {
        const [row] = await app.runner.run(getRun);
        return { run: row?.run ?? null, running: job?.running ?? false };
      },
    });
    if (!job) return;
    app.addHook('onResponse', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && reply.statusCode < 400 && request.url.startsWith('/api/')) job.schedule();
    });
    app.addHook('onClose', () => job.close());
  },
  { name: 'metrics', dependencies: ['neo4j', 'network-repository'] },
);
