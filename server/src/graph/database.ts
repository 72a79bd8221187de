// Where the database comes from: NEO4J_URI when set (a server, a container, a cluster, Aura),
// otherwise the local Neo4j 5.26 Community that neo4j/local-neo4j.ts starts for us.
import neo4j, { type Driver } from 'neo4j-driver';
import { runningLocalNeo4j, startLocalNeo4j, type LocalNeo4jOptions } from '../../../neo4j/local-neo4j';

export interface DatabaseConnection {
  driver: Driver;
  uri: string;
  /** For a second connection of our own (the metrics worker opens one). */
  user: string;
  password?: string;
  close(): Promise<void>;
}

export interface DatabaseSettings {
  uri?: string;
  user?: string;
  password?: string;
  local?: LocalNeo4jOptions;
  /** Use the local Neo4j another process (`npm start`) runs on the same data folder, where there is one. */
  shareRunning?: boolean;
}

/** A connection to a running local Neo4j, or undefined when it no longer answers (a crash leaves its note behind). */
async function reachable(running: { uri: string; user: string; password: string } | undefined): Promise<DatabaseConnection | undefined> {
  if (!running) return undefined;
  const driver = createDriver(running.uri, running.user, running.password);
  try {
    await driver.verifyConnectivity();
    return { driver, ...running, close: () => driver.close() };
  } catch {
    await driver.close();
    return undefined;
  }
}

/** A driver; without a password it connects without credentials (a server with authentication off). */
export function createDriver(uri: string, user = 'neo4j', password?: string): Driver {
  const auth = password ? neo4j.auth.basic(user, password) : undefined;
  return neo4j.driver(uri, auth, {
    // Numbers in our graph stay far below 2^53; plain numbers spare a mapping step on every value.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
    // Retry transient failures briefly, then let the API answer 503 instead of keeping users waiting.
    maxTransactionRetryTime: 3_000,
    connectionTimeout: 5_000,
    logging: { level: 'error', logger: () => {} },
  });
}

export async function connectDatabase(settings: DatabaseSettings = {}): Promise<DatabaseConnection> {
  const uri = settings.uri ?? process.env.NEO4J_URI;
  const user = settings.user ?? process.env.NEO4J_USER ?? 'neo4j';
  const password = settings.password ?? process.env.NEO4J_PASSWORD;
  if (uri) {
    const driver = createDriver(uri, user, password);
    return { driver, uri, user, password, close: () => driver.close() };
  }
  if (settings.shareRunning) {
    const running = await reachable(runningLocalNeo4j(settings.local?.dataDir));
    if (running) return running;
  }
  const local = await startLocalNeo4j(settings.local);
  const driver = createDriver(local.uri, local.user, local.password);
  return {
    driver,
    uri: local.uri,
    user: local.user,
    password: local.password,
    async close() {
      await driver.close();
      await local.stop();
    },
  };
}

/** Waits until the database answers; a just-started container or server may need a moment. */
export async function waitForDatabase(driver: Driver, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
