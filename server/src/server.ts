// Starts the service: database (NEO4J_URI or the local Neo4j), schema, what the caller prepares
// (`npm start`: the demo data on an empty database), then the HTTP server and, in the background,
// the analytical questions asked once (warm-up.ts) and the first whole-region metrics run. Closes
// everything on SIGINT/SIGTERM.
import { MissingToolError } from '../../neo4j/local-neo4j';
import { buildApp } from './app';
import { defaultRateLimits } from './plugins/external/security';
import { connectDatabase, waitForDatabase } from './graph/database';
import { QueryRunner } from './graph/runner';
import { applySchema } from './graph/schema';
import { AccountsRepository } from './plugins/app/accounts-repository';
import { mailerFromEnv } from './auth/mail';
import { mapBackgroundFromEnv } from './map-background';
import { defaultBetweennessSamples } from './metrics/metrics-job';
import { warmUp } from './warm-up';

/** Work on the database before the service answers: given the runner and the start's log. */
export type Prepare = (runner: QueryRunner, log: (line: string) => void) => Promise<void>;

export async function startServer(prepare?: Prepare): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const log = (line: string) => console.log(line);

  const db = await connectDatabase({ local: { log } });
  await waitForDatabase(db.driver);
  const runner = new QueryRunner(db.driver);
  await applySchema(runner);
  await prepare?.(runner, log);

  const env = process.env;
  const unavailableAfterMs = env.DB_UNAVAILABLE_AFTER_MS ? Number(env.DB_UNAVAILABLE_AFTER_MS) : undefined;
  const security = {
    rateLimits: {
      reads: Number(env.RATE_LIMIT_READS ?? defaultRateLimits.reads),
      writes: Number(env.RATE_LIMIT_WRITES ?? defaultRateLimits.writes),
      windowMs: Number(env.RATE_LIMIT_WINDOW_MS ?? defaultRateLimits.windowMs),
    },
    corsOrigins: env.CORS_ORIGINS ? env.CORS_ORIGINS.split(',').map((origin) => origin.trim()) : undefined,
  };
  const app = await buildApp(
    {
      driver: db.driver,
      unavailableAfterMs,
      security,
      mailer: mailerFromEnv(env),
      mapBackground: await mapBackgroundFromEnv(env.MAP_STYLE_URL, log),
      publicUrl: env.PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
      metrics: {
        connection: { uri: db.uri, user: db.user, password: db.password },
        debounceMs: Number(env.METRICS_DEBOUNCE_MS ?? 30_000),
        betweennessSamples: Number(env.METRICS_BETWEENNESS_SAMPLES ?? defaultBetweennessSamples),
        useGraphDataScience: env.METRICS_ENGINE !== 'built-in',
      },
    },
    { logger: { level: process.env.LOG_LEVEL ?? 'warn' }, trustProxy: trustProxy(process.env.TRUST_PROXY) },
  );
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);

  await app.listen({ port, host });
  void prepareInBackground(app);
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  log(`Grenzland-Netz is running at ${url}/ (API docs at /docs, database ${db.uri})`);
  const { engine, graphDataScience } = await app.metrics.engine();
  log(
    engine === 'graph-data-science'
      ? 'Whole-region metrics: PageRank and betweenness by the database’s Graph Data Science library, the rest in a worker thread.'
      : `Whole-region metrics: built-in engine (worker thread)${graphDataScience ? '; the database’s Graph Data Science library is declined (METRICS_ENGINE=built-in)' : '; no Graph Data Science library in the database'}.`,
  );
  await offerFirstAdmin(new AccountsRepository(runner), url, log);
}

/** The analytical questions asked once, then the first whole-region metrics run (it keeps the cores busy). */
async function prepareInBackground(app: Awaited<ReturnType<typeof buildApp>>): Promise<void> {
  // A question that failed here is only not prepared: the service answers it when asked.
  const failed = await warmUp(app).then((result) => result.failed, (error: Error) => [error.message]);
  for (const failure of failed) app.log.warn(`warm-up: ${failure}`);
  await app.metrics.job?.run().catch(() => undefined);
}

/**
 * While no admin exists, a one-time link (valid for an hour) creates the first one. The token sits
 * in the URL's fragment, which browsers send to no server and no Referer carries.
 */
async function offerFirstAdmin(accounts: AccountsRepository, url: string, log: (line: string) => void): Promise<void> {
  if ((await accounts.adminCount()) > 0) return;
  const { token } = await accounts.offerFirstAdmin();
  log(`No admin exists yet. Create the first one within the hour: ${url}/en/setup#${token}`);
  log('(or on the command line: npm run user -- add --role admin --email you@example.org)');
}

/**
 * Behind a reverse proxy that terminates HTTPS, TRUST_PROXY lets the app read X-Forwarded-Proto, so
 * session cookies are marked Secure: `true` (any proxy) or the proxies' addresses (comma-separated).
 */
function trustProxy(value: string | undefined): boolean | string {
  if (!value || value === 'false') return false;
  return value === 'true' ? true : value;
}

export async function main(prepare?: Prepare): Promise<void> {
  try {
    await startServer(prepare);
  } catch (error) {
    console.error(error instanceof MissingToolError ? error.message : error);
    process.exit(1);
  }
}
