// Security basics: headers with a Content Security Policy on the API, the web app and /docs; rate
// limits per client on the API answering 429 with Retry-After; CORS closed unless configured; logs with a
// request id and without bodies.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, maxBodyBytes, maxHeaderBytes } from '../../server/src/app';
import { AccountsRepository } from '../../server/src/plugins/app/accounts-repository';
import { createAccount } from '../setup/accounts';
import { testDatabase } from '../setup/database';

const db = testDatabase();
const lines: string[] = [];
let app: Awaited<ReturnType<typeof buildApp>>;
let limited: Awaited<ReturnType<typeof buildApp>>;
let open: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  await db.reset();
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().trim().split('\n'));
      done();
    },
  });
  app = await buildApp({ driver: db.driver }, { logger: { level: 'info', stream } });
  limited = await buildApp({ driver: db.driver, security: { rateLimits: { reads: 3, writes: 1, windowMs: 60_000 } } });
  open = await buildApp({ driver: db.driver, security: { corsOrigins: ['https://partner.example'] } });
});
afterAll(async () => {
  await Promise.all([app.close(), limited.close(), open.close()]);
  await db.close();
});

describe('headers', () => {
  it.each(['/api/health', '/docs/', '/docs/json', '/'])('sends security headers and a CSP that lets the layout worker run from blob: on %s', async (url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("object-src 'none'");
  });

  it('tells anonymous callers no database version', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({
      status: 'ok',
      database: { status: 'up' },
      metrics: { engine: 'graph-data-science', graphDataScience: true },
    });
  });
});

describe('rate limits', () => {
  it('answers 429 RATE_LIMITED with Retry-After past the read limit, counting writes apart', async () => {
    for (let i = 0; i < 3; i++) expect((await limited.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const over = await limited.inject({ method: 'GET', url: '/api/health?lang=cs' });
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    expect(over.json().message).toMatch(/^Příliš mnoho požadavků\. Zkuste to prosím znovu za \d+ sekund/);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    // Writes have their own, tighter count.
    // A script's API token, made in the database: signing in would be a write of its own.
    const staff = await createAccount(db.runner, 'staff');
    const { token } = await new AccountsRepository(db.runner).createToken(staff.id, 'rate limit test', 'staff');
    const write = {
      method: 'POST' as const,
      url: '/api/relationships',
      headers: { authorization: `Bearer ${token}` },
      payload: { type: 'NEEDS', from: 'F-X', to: 'P-X' },
    };
    expect((await limited.inject(write)).statusCode).toBe(400);
    expect((await limited.inject(write)).statusCode).toBe(429);
  });

  it('counts API calls only, not the web app\'s files a page loads', async () => {
    const web = mkdtempSync(join(tmpdir(), 'web-'));
    mkdirSync(join(web, '_app'));
    writeFileSync(join(web, '200.html'), '<!doctype html><title>page</title>');
    writeFileSync(join(web, 'de.html'), '<!doctype html><title>Seite</title>');
    for (let i = 0; i < 5; i++) writeFileSync(join(web, '_app', `part-${i}.js`), `export const part = ${i};`);
    const site = await buildApp({ driver: db.driver, webDir: web, security: { rateLimits: { reads: 3, writes: 1, windowMs: 60_000 } } });
    try {
      const page = [{ url: '/de' }, { url: '/events' }, ...Array.from({ length: 5 }, (_, i) => ({ url: `/_app/part-${i}.js` }))];
      for (const { url } of [...page, ...page]) expect((await site.inject({ method: 'GET', url })).statusCode, url).toBe(200);
      for (let i = 0; i < 3; i++) expect((await site.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      expect((await site.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(429);
      expect((await site.inject({ method: 'GET', url: '/_app/part-0.js' })).statusCode).toBe(200);
    } finally {
      await site.close();
      rmSync(web, { recursive: true, force: true });
    }
  });

  it('declares 429 with Retry-After for every operation in /docs', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
    for (const [path, methods] of Object.entries(document.paths as Record<string, Record<string, { responses: Record<string, { headers?: object }> }>>)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect(operation.responses['429'], `${method} ${path}`).toMatchObject({ headers: { 'retry-after': expect.any(Object) } });
      }
    }
  });
});

describe('CORS', () => {
  it('is closed unless origins are configured, and open only to those', async () => {
    const closed = await app.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://partner.example' } });
    expect(closed.headers['access-control-allow-origin']).toBeUndefined();
    const allowed = await open.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://partner.example' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example');
    const other = await open.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('logs', () => {
  it('carry a request id (the caller’s X-Request-Id if sent) and never the body', async () => {
    lines.length = 0;
    await app.inject({ method: 'POST', url: '/api/products', headers: { 'x-request-id': 'trace-42' }, payload: { name: 'Geheimprodukt', code: 'x', codeSystem: 'XX', category: '1' } });
    const entries = lines.map((line) => JSON.parse(line) as { reqId?: string; msg?: string });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.reqId === 'trace-42')).toBe(true);
    expect(lines.join('\n')).not.toContain('Geheimprodukt');
  });
});

describe('size limits', () => {
  it('refuses a body over 1 MiB with 413 and headers over 16 KiB with 431, over a real socket', async () => {
    const server = await buildApp({ driver: db.driver });
    const address = await server.listen({ port: 0, host: '127.0.0.1' });
    try {
      const staff = await createAccount(db.runner, 'staff');
      const { token } = await new AccountsRepository(db.runner).createToken(staff.id, 'size limit test', 'staff');
      const big = await fetch(`${address}/api/products?lang=de`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x'.repeat(maxBodyBytes + 1), code: '1', codeSystem: 'CPA', category: '1' }),
      });
      expect(big.status).toBe(413);
      expect(await big.json()).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', field: '/body' });
      const crowded = await fetch(`${address}/api/health`, { headers: { 'x-padding': 'x'.repeat(maxHeaderBytes) } });
      expect(crowded.status).toBe(431);
      expect((await fetch(`${address}/api/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
