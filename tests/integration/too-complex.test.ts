// A question whose query runs past the transaction timeout answers 422 TOO_COMPLEX in the error
// shape and the caller's language, and the service goes on answering. The question is heavy by
// construction, so the answer does not depend on how fast or busy the machine is:
//
// Firm F buys Q from each of 70 firms that all supply one another and F, and sells Q to each of
// them; only T offers P, and T supplies F. Asked for 10 chains of up to 6 links from F to P, the
// search finds the one route F ← T and goes on looking for nine more. Every other walk that reaches
// T passes F again (F ← c1 ← c2 ← c3 ← c4 ← F ← T), so each is found and then rejected: about
// 70 · 69³ ≈ 23 million walks of six links, which took 40 s of the database's CPU time on the
// machine this was written on; a busy machine only makes it longer. The test app allows 1 s, and
// Neo4j looks for transactions past their timeout every 2 s (db.transaction.monitor.check.interval),
// so the search is stopped within about 3 s, far short of its end. The 1 s leaves a profile read,
// a few ms of CPU once its plan is cached, room at a load of 20 and more; a second app with the
// usual timeout caches the plans first (planning alone can take a second on a busy machine).
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
  const graph = fixture().product('P', { category: 'c' }).product('Q', { category: 'c' });
  const ring = Array.from({ length: 70 }, (_, i) => `C-${i}`);
  graph.firm('F', { district: 'DED42' }).firm('T', { district: 'CZ041' });
  for (const id of ring) graph.firm(id, { district: 'DED42' });
  for (const a of ring) {
    graph.supplies(a, 'F', 'Q').supplies('F', a, 'Q');
    for (const b of ring) if (a !== b) graph.supplies(a, b, 'Q');
  }
  graph.supplies('T', 'F', 'P');
  await graph.load(db.runner);
  patient = await buildApp({ driver: db.driver });
  app = await buildApp({ driver: db.driver, queryTimeoutMs: 1000 });
});
afterAll(async () => {
  await app.close();
  await patient.close();
  await db.close();
});

const heavy = '/api/paths/chains?firm=F&product=P&k=10&maxHops=6';
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
