// Stopping the service (SIGTERM, SIGINT: the server closes the app) finishes the requests in flight,
// then closes the database driver; new connections are refused from the moment it starts closing.
import { Writable } from 'node:stream';
import { inject } from 'vitest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { createDriver } from '../../server/src/graph/database';
import { testDatabase } from '../setup/database';
import { randomRegion } from '../setup/random-region';

const db = testDatabase();

beforeAll(async () => {
  await db.reset();
  await randomRegion({ seed: 5, firms: 20, supplies: 40 }).load(db.runner);
});
afterAll(() => db.close());

it('answers the request in flight, then closes the driver, and takes no new connections', async () => {
  const { uri, user, password } = inject('neo4j');
  const driver = createDriver(uri, user, password);
  let arrived!: () => void;
  const inFlight = new Promise<void>((resolve) => (arrived = resolve));
  // The log's "incoming request" line is written when the request has been received, before its
  // handler asks the database anything: closing then leaves the request in flight.
  const stream = new Writable({
    write(chunk, _encoding, done) {
      if (chunk.toString().includes('incoming request')) arrived();
      done();
    },
  });
  const app = await buildApp({ driver, closeDriver: true }, { logger: { level: 'info', stream } });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });

  const answer = fetch(`${address}/api/firms/F-0001`);
  await inFlight;
  const closed = app.close();
  const response = await answer;
  expect(response.status).toBe(200);
  expect((await response.json()).id).toBe('F-0001');
  await closed;

  await expect(fetch(`${address}/api/health`)).rejects.toThrow();
  await expect(driver.verifyConnectivity()).rejects.toThrow();
});
