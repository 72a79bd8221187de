// The web app's API client against the server's OpenAPI document: every call it makes is a path
// and method the real app publishes at /docs/json, with the same path parameters.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { testDatabase } from '../setup/database';

const apiDir = fileURLToPath(new URL('../../web/src/lib/api/', import.meta.url));
const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
let document: { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>> };
let calls: { method: string; path: string }[];

beforeAll(async () => {
  // Every client module, so each declares its calls; tests and type-only files declare none.
  for (const file of readdirSync(apiDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    await import(`${apiDir}${file}`);
  }
  calls = (await import('../../web/src/lib/api/endpoints')).apiCalls;
  app = await buildApp({ driver: db.driver });
  document = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('the web API client', () => {
  it('calls the explorer, path, risk, diversification and what-if endpoints', () => {
    expect(calls.map((c) => c.path)).toEqual(
      expect.arrayContaining(['/api/search', '/api/network/cluster', '/api/network/ego', '/api/paths/chains', '/api/risk/area', '/api/diversification', '/api/whatif']),
    );
  });

  it('calls only paths and methods the server publishes, with the same path parameters', () => {
    const missing = calls.filter(({ method, path }) => !document.paths[path]?.[method]);
    expect(missing).toEqual([]);
    for (const { method, path } of calls) {
      const published = (document.paths[path]![method]!.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      expect([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])).toEqual(published);
    }
  });
});
