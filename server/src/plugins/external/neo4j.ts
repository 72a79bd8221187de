// The database client on the instance: `app.runner` is how repositories run queries.
import fp from 'fastify-plugin';
import type { Driver } from 'neo4j-driver';
import { QueryRunner } from '../../graph/runner';

export interface Neo4jPluginOptions {
  driver: Driver;
  /** Close the driver with the app (the server owns it); tests share one driver and keep it open. */
  closeDriver?: boolean;
  timeoutMs?: number;
  unavailableAfterMs?: number;
  /** The app's clock; tests move it forward to expire sessions and links. */
  clock?: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    runner: QueryRunner;
    /** What time the app takes it to be: sessions, links and audit entries are dated by it. */
    clock: () => Date;
  }
}

export default fp<Neo4jPluginOptions>(
  async (app, options) => {
    const runner = new QueryRunner(options.driver, { timeoutMs: options.timeoutMs, unavailableAfterMs: options.unavailableAfterMs });
    app.decorate('runner', runner);
    app.addHook('onClose', async () => {
      runner.close();
      if (options.closeDriver) await options.driver.close();
    });
    app.decorate('clock', options.clock ?? (() => new Date()));
  },
  { name: 'neo4j' },
);
