// A database that stops answering (frozen with SIGSTOP) or dies (SIGKILL) gets 503
// DATABASE_UNAVAILABLE with Retry-After within the bound, health says so, a write the client was told
// failed never lands, and the service answers again once the database is back, without a restart.
// The test runs its own local Neo4j, so freezing and killing it leaves the rest of the suite alone.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j';
import { buildApp } from '../../server/src/app';
import { connectDatabase, createDriver } from '../../server/src/graph/database';
import { readQuery } from '../../server/src/graph/queries';
import { QueryRunner } from '../../server/src/graph/runner';
import { applySchema } from '../../server/src/graph/schema';
import { importDataset } from '../../seed/src/import';
import { signedIn, type SignedIn } from '../setup/accounts';

const bound = 2_000;
const dataDir = mkdtempSync(join(tmpdir(), 'grenzland-outage-neo4j-'));
let neo4j: LocalNeo4j;
let driver: ReturnType<typeof createDriver>;
let app: Awaited<ReturnType<typeof buildApp>>;
/** Writes are staff's; signed in while the database is up. */
let staff: SignedIn;

const product = (id: string) => ({ id, name: 'Drehteile', code: '25.62', codeSystem: 'CPA', category: '25.62' });

beforeAll(async () => {
  neo4j = await startLocalNeo4j({ dataDir, heapMiB: 512, pageCacheMiB: 64 });
  driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  const runner = new QueryRunner(driver);
  await applySchema(runner);
  await importDataset(runner, { nodes: { Firm: [{ id: 'F-A', props: { name: 'Elbtal Drehteile GmbH', size: 'small' } }] }, rels: {} });
  app = await buildApp({ driver, unavailableAfterMs: bound });
  staff = await signedIn(app, runner, 'staff');
}, 300_000);

afterAll(async () => {
  await app?.close();
  await driver?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

/** Time until health answers 200 again. */
async function recovery(): Promise<number> {
  const started = performance.now();
  for (;;) {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    if (health.statusCode === 200) return Math.round(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function expectUnavailable(response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
  expect(response.statusCode).toBe(503);
  expect(response.json()).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

it('answers 503 within the bound while the database is frozen, keeps a failed write out, and recovers', async () => {
  expect((await app.inject({ method: 'GET', url: '/api/firms/F-A' })).statusCode).toBe(200);
  // A write has the bound as its server-side time, and planning its statements the first time took
  // longer than that on a busy machine: planned here, the write after recovery measures recovery.
  expect((await app.inject({ method: 'POST', url: '/api/products', headers: staff.headers, payload: product('P-PLANNED') })).statusCode).toBe(201);
  process.kill(neo4j.pid, 'SIGSTOP');
  try {
    // Both are sent to the frozen database: the write's transaction waits there when we give up.
    const [read, write] = await Promise.all([
      timed(() => app.inject({ method: 'GET', url: '/api/firms/F-A' })),
      timed(() => app.inject({ method: 'POST', url: '/api/products', headers: staff.headers, payload: product('P-FROZEN') })),
    ]);
    expectUnavailable(read.value);
    expectUnavailable(write.value);
    // Once known to be away, the database is not waited for again.
    const again = await timed(() => app.inject({ method: 'GET', url: '/api/firms/F-A' }));
    expectUnavailable(again.value);
    expect(again.ms).toBeLessThan(bound);
    const health = await timed(() => app.inject({ method: 'GET', url: '/api/health' }));
    expect(health.value.statusCode).toBe(503);
    expect(health.value.json()).toEqual({ status: 'degraded', database: { status: 'down' } });
    console.log(`frozen database: read 503 after ${read.ms} ms, write 503 after ${write.ms} ms, then read after ${again.ms} ms, health after ${health.ms} ms (bound ${bound} ms)`);
    // Bounded: the first call waits out the bound, later ones know the database is away.
    expect(read.ms).toBeLessThan(bound * 3);
    expect(write.ms).toBeLessThan(bound * 3);
  } finally {
    process.kill(neo4j.pid, 'SIGCONT');
  }
  console.log(`recovered ${await recovery()} ms after SIGCONT`);
  expect((await app.inject({ method: 'GET', url: '/api/firms/F-A' })).statusCode).toBe(200);
  // The write the client was told failed did not land, not even once its transaction could go on.
  await new Promise((resolve) => setTimeout(resolve, bound));
  expect((await app.inject({ method: 'GET', url: '/api/products/P-FROZEN' })).statusCode).toBe(404);
  expect((await app.inject({ method: 'POST', url: '/api/products', headers: staff.headers, payload: product('P-AFTER') })).statusCode).toBe(201);
});

it('answers 503 while the database is killed and recovers when it is restarted, without restarting the service', async () => {
  expect((await app.inject({ method: 'POST', url: '/api/products', headers: staff.headers, payload: product('P-BEFORE') })).statusCode).toBe(201);
  const { port } = new URL(neo4j.uri.replace('bolt:', 'http:'));
  await neo4j.kill();
  const read = await timed(() => app.inject({ method: 'GET', url: '/api/firms/F-A' }));
  expectUnavailable(read.value);
  expectUnavailable(await app.inject({ method: 'POST', url: '/api/products', headers: staff.headers, payload: product('P-DEAD') }));
  expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(503);
  console.log(`killed database: read 503 after ${read.ms} ms`);

  neo4j = await startLocalNeo4j({ dataDir, port: Number(port), heapMiB: 512, pageCacheMiB: 64 });
  console.log(`recovered ${await recovery()} ms after the restarted database was ready`);
  expect((await app.inject({ method: 'GET', url: '/api/firms/F-A' })).json()).toMatchObject({ id: 'F-A' });
  expect((await app.inject({ method: 'GET', url: '/api/products/P-BEFORE' })).statusCode).toBe(200);
  expect((await app.inject({ method: 'GET', url: '/api/products/P-DEAD' })).statusCode).toBe(404);
}, 300_000);

it('runs the local Neo4j with authentication on and a generated password only its owner can read', async () => {
  expect(statSync(neo4j.passwordFile).mode & 0o777).toBe(0o600);
  expect(neo4j.password).toMatch(/^[\w-]{20,}$/);
  // Two wrong logins only: a third would lock the user for a few seconds.
  for (const password of [undefined, `${neo4j.password}x`]) {
    const stranger = createDriver(neo4j.uri, 'neo4j', password);
    await expect(stranger.verifyConnectivity()).rejects.toMatchObject({ code: expect.stringMatching(/Unauthorized|AuthenticationRateLimit/) });
    await stranger.close();
  }
});

it('lets a command run beside the service (npm run user) use the database the service runs, not a second one on the same store', async () => {
  const beside = await connectDatabase({ shareRunning: true, local: { dataDir } });
  expect(beside.uri).toBe(neo4j.uri);
  const [row] = await new QueryRunner(beside.driver).run(readQuery<{ edition: string }>('admin/ping'));
  expect(row?.edition).toBe('community');
  await beside.close();
  // Closing it leaves the service's database running.
  expect((await app.inject({ method: 'GET', url: '/api/firms/F-A' })).statusCode).toBe(200);
});
