// A question whose query runs past the transaction timeout answers 422 TOO_COMPLEX, in the caller's
// language, instead of hanging or failing with 500. A test app with a 1 ms timeout makes every
// query of some size run past it, so the answer does not depend on how busy the machine is.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { testDatabase } from '../setup/database';
import { randomRegion } from '../setup/random-region';

const db = testDatabase();
let impatient: Awaited<ReturnType<typeof buildApp>>;
let patient: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  await db.reset();
  await randomRegion({ seed: 3, firms: 300, supplies: 1200, cooperations: 300 }).load(db.runner);
  impatient = await buildApp({ driver: db.driver, queryTimeoutMs: 1 });
  // The same questions with time enough, however busy the machine: they have an answer.
  patient = await buildApp({ driver: db.driver, queryTimeoutMs: 120_000 });
}, 120_000);
afterAll(async () => {
  await impatient.close();
  await patient.close();
  await db.close();
});

const questions = ['/api/paths/supplier-tree?firm=F-0001&k=6', '/api/paths/chains?firm=F-0001&product=P-0&k=10&maxHops=6'];

it.each(questions)('answers %s with 422 TOO_COMPLEX past the timeout, and normally given time', async (url) => {
  const refused = await impatient.inject({ method: 'GET', url: `${url}&lang=cs` });
  expect(refused.statusCode).toBe(422);
  expect(refused.json()).toEqual({ statusCode: 422, code: 'TOO_COMPLEX', message: expect.stringMatching(/^Dotaz byl příliš náročný/) });
  const answered = await patient.inject({ method: 'GET', url });
  expect(answered.statusCode).toBe(200);
});
