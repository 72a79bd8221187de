// The whole product for browser tests: the built web app and the real API over the run's Neo4j,
// loaded with the demo data of the border region, on a free port.
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../server/src/app';
import { demoDataset } from '../../seed/src/demo-loader';
import { importDataset } from '../../seed/src/import';
import { testDatabase } from './database';
import { buildWebIfStale } from '../../server/src/web-build';

export function demoApp() {
  const db = testDatabase();
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  const server = { url: '', db };
  beforeAll(async () => {
    buildWebIfStale();
    await db.reset();
    await importDataset(db.runner, demoDataset());
    app = await buildApp({ driver: db.driver });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('e2e: the app did not get a TCP port');
    server.url = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await app?.close();
    await db.close();
  });
  return server;
}
