// Starts the service: database (NEO4J_URI or the local Neo4j), schema, demo data on an empty
// database, then the HTTP server. Closes everything on SIGINT/SIGTERM.
import { MissingToolError } from '../../neo4j/local-neo4j';
import { loadDemoIfEmpty } from '../../seed/src/demo-loader';
import { buildApp } from './app';
import { defaultRateLimits } from './plugins/external/security';
import { connectDatabase, waitForDatabase } from './graph/database';
import { QueryRunner } from './graph/runner';
import { applySchema } from './graph/schema';

export async function startServer(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const log = (line: string) => console.log(line);

  const db = await connectDatabase({ local: { log } });
  await waitForDatabase(db.driver);
  const runner = new QueryRunner(db.driver);
  await applySchema(runner);
  await loadDemoIfEmpty(runner, log);

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
      metrics: {
        connection: { uri: db.uri, user: db.user, password: db.password },
        atStart: true,
        debounceMs: Number(env.METRICS_DEBOUNCE_MS ?? 30_000),
        betweennessSamples: Number(env.METRICS_BETWEENNESS_SAMPLES ?? 500),
      },
    },
    { logger: { level: process.env.LOG_LEVEL ?? 'warn' } },
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
  log(`Grenzland-Netz is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (API docs at /docs, database ${db.uri})`);
}

export async function main(): Promise<void> {
  try {
    await startServer();
  } catch (error) {
    console.error(error instanceof MissingToolError ? error.message : error);
    process.exit(1);
  }
}
