// The app over a database that holds one hand-built graph, for the analytics tests: loads the graph
// before the file's tests, closes everything after, and calls the API.
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { buildApp } from '../../server/src/app';
import { testDatabase } from './database';
import type { GraphFixture } from './fixtures';

/** `metrics`: compute the whole-region metrics (in their worker) once the graph is loaded. */
export function apiOver(graph: GraphFixture, { metrics = false } = {}) {
  const db = testDatabase();
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    await db.reset();
    await graph.load(db.runner);
    const { uri, user, password } = inject('neo4j');
    app = await buildApp({ driver: db.driver, ...(metrics ? { metrics: { connection: { uri, user, password } } } : {}) });
    if (metrics) await app.metrics.job!.run();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });
  return {
    db,
    /** The app itself, for tests that call a repository or inject other requests. */
    app: () => app,
    /** GET that must answer 200; the body on failure says why. */
    async get<T>(url: string): Promise<T> {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    },
    /** Any GET, answered as it comes (downloads, errors). */
    raw: (url: string) => app.inject({ method: 'GET', url }),
    /** GET whose error body comes back with its status, for `toMatchObject`. */
    async error(url: string): Promise<{ status: number; code: string; field?: string; message: string }> {
      const response = await app.inject({ method: 'GET', url });
      return { status: response.statusCode, ...response.json() };
    },
  };
}
