// The whole product for browser tests: the built web app and the real API over the run's Neo4j,
// loaded with the demo data of the border region (or another data set), its whole-region metrics
// and overview computed, on a free port.
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp, type AppOptions } from '../../server/src/app';
import { demoDataset } from '../../seed/src/demo-loader';
import type { QueryRunner } from '../../server/src/graph/runner';
import { importDataset } from '../../seed/src/import';
import { testDatabase } from './database';
import { buildWebIfStale } from '../../server/src/web-build';

/**
 * `load` fills the emptied database; the demo data by default. `options`: more of the app's options,
 * asked for when the app is built (after the file's earlier hooks, so they may start what it needs).
 */
export function demoApp(
  load: (runner: QueryRunner) => Promise<unknown> = (runner) => importDataset(runner, demoDataset()),
  options: () => Promise<Partial<AppOptions>> | Partial<AppOptions> = () => ({}),
) {
  const db = testDatabase();
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  const server = { url: '', db };
  beforeAll(async () => {
    buildWebIfStale();
    await db.reset();
    await load(db.runner);
    const { uri, user, password } = inject('neo4j');
    app = await buildApp({ driver: db.driver, metrics: { connection: { uri, user, password } }, ...(await options()) });
    await app.metrics.job!.run();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('e2e: the app did not get a TCP port');
    server.url = `http://127.0.0.1:${address.port}`;
    // Loading, the metrics job and a web build can take minutes on a busy machine.
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await db.close();
  });
  return server;
}
