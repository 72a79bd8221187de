// A question whose query runs past the transaction timeout answers 422 TOO_COMPLEX in the error
// shape and the caller's language, and the service goes on answering. The question is heavy by
// construction, so the answer does not depend on how fast or busy the machine is:
//
// 70 firms of one district all supply one another, every link confirmed. Asked for the area risk of
// the district counting only confirmed links (read live, not from the stored figures), the critical
// firms walk every chain of up to three confirmed links upstream of each of the 70 firms: about
// 70 · 69 · 68 · 67 ≈ 22 million walks, which ran past 120 s on the machine this was written on.
// The test app allows 1 s, and Neo4j looks for transactions past their timeout every 2 s
// (db.transaction.monitor.check.interval); the walk reads the store as it goes, where Neo4j stops
// a timed-out query, so it ends within about 3 s. The 1 s leaves a profile read, a few ms of CPU
// once its plan is cached, room at a load of 20 and more; a second app with the usual timeout caches
// its plan first (planning alone can take a second on a busy machine).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { serverTexts } from '../../server/src/i18n';
import { testDatabase } from '../setup/database';
import { fixture } from '../setup/fixtures';

const db = testDatabase();
let patient: Awaited<ReturnType<typeof buildApp>>;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  await db.reset();
  const graph = fixture().product('Q', { category: 'c' });
  const ring = Array.from({ length: 70 }, (_, i) => `C-${i}`);
  graph.firm('T', { district: 'CZ041' });
  for (const id of ring) graph.firm(id, { district: 'DED42' });
  for (const a of ring) for (const b of ring) if (a !== b) graph.supplies(a, b, 'Q', '2020-01-01', 'confirmed');
  await graph.load(db.runner);
  patient = await buildApp({ driver: db.driver });
  app = await buildApp({ driver: db.driver, queryTimeoutMs: 1000 });
});
afterAll(async () => {
  await app.close();
  await patient.close();
  await db.close();
});

const heavy = '/api/risk/area?region=DED42&k=3&confirmedOnly=true';
const profile = '/api/firms/T';

it('answers a question past the timeout with 422 TOO_COMPLEX in the caller\'s language, and goes on answering', async () => {
  expect((await patient.inject({ method: 'GET', url: profile })).statusCode).toBe(200);

  const czech = await app.inject({ method: 'GET', url: `${heavy}&lang=cs` });
  expect(czech.statusCode).toBe(422);
  expect(czech.json()).toEqual({ statusCode: 422, code: 'TOO_COMPLEX', message: serverTexts.cs.errors.tooComplex });
  const german = await app.inject({ method: 'GET', url: heavy, headers: { 'accept-language': 'de-DE,de;q=0.9' } });
  expect(german.statusCode).toBe(422);
  expect(german.json()).toEqual({ statusCode: 422, code: 'TOO_COMPLEX', message: serverTexts.de.errors.tooComplex });

  const after = await app.inject({ method: 'GET', url: profile });
  expect(after.statusCode).toBe(200);
  expect(after.json()).toMatchObject({ id: 'T', country: 'CZ' });
});
