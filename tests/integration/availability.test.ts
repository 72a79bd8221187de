// When the database is away, the API says so with 503 and a code, not a hang or a stack trace.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { createDriver } from '../../server/src/graph/database';
import { freePort } from '../../neo4j/local-neo4j';

let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  // Nothing listens on a port we just found free: the database is "away".
  const driver = createDriver(`bolt://127.0.0.1:${await freePort()}`);
  app = await buildApp({ driver, closeDriver: true });
});
afterAll(() => app.close());

it('answers 503 DATABASE_UNAVAILABLE for reads and writes, and health says degraded', async () => {
  const read = await app.inject({ method: 'GET', url: '/api/firms/F-1' });
  expect(read.statusCode).toBe(503);
  expect(read.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  const product = { name: 'Drehteile', code: '25.62', codeSystem: 'CPA', category: '25.62' };
  // Who is asking is read from the database too: a session cookie cannot be checked either.
  const write = await app.inject({ method: 'POST', url: '/api/products', headers: { cookie: 'gn_session=some-token' }, payload: product });
  expect(write.statusCode).toBe(503);
  expect(write.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  // A visitor's write needs no database to be refused.
  const visitor = await app.inject({ method: 'POST', url: '/api/products', payload: product });
  expect(visitor.statusCode).toBe(401);
  const health = await app.inject({ method: 'GET', url: '/api/health' });
  expect(health.statusCode).toBe(503);
  expect(health.json()).toEqual({ status: 'degraded', database: { status: 'down' } });
});
