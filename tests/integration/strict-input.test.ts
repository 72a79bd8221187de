// Input is taken as sent: bodies are never coerced, query strings convert only to their declared
// type, null removes an optional property, names hold a visible character; every /api error has one
// shape, in the caller's language, and changes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { signedIn, type SignedIn } from '../setup/accounts';
import { importDataset } from '../../seed/src/import';
import type { Dataset } from '../../seed/src/dataset';
import { testDatabase } from '../setup/database';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
/** Writes are made by staff: what input is refused is this file's subject, who may write access.test.ts's. */
let staff: SignedIn;
const asStaff = (request: InjectOptions): InjectOptions => ({ ...request, headers: { ...staff.headers, ...request.headers } });
const webDir = mkdtempSync(join(tmpdir(), 'grenzland-web-'));

const fixture: Dataset = {
  nodes: {
    Region: [{ id: 'DED21', props: { name: 'Dresden', level: 'district', country: 'DE' } }],
    Product: [{ id: 'P-DREH', props: { name: 'Drehteile', code: '25.62.10', codeSystem: 'CPA', category: '25.62' } }],
    Firm: [
      {
        id: 'F-A',
        props: { name: 'Elbtal Drehteile GmbH', size: 'small', employees: 25, lat: 51.05, lon: 13.74, descriptionDe: 'Drehteile aus Dresden' },
      },
    ],
  },
  rels: { LOCATED_IN: [{ from: 'F-A', to: 'DED21' }] },
};

beforeAll(async () => {
  writeFileSync(join(webDir, '200.html'), '<!doctype html><title>web app</title>');
  app = await buildApp({ driver: db.driver, webDir });
});
beforeEach(async () => {
  await db.reset();
  await importDataset(db.runner, fixture);
  staff = await signedIn(app, db.runner, 'staff');
});
afterAll(async () => {
  await app.close();
  await db.close();
  rmSync(webDir, { recursive: true, force: true });
});


/** The answer of a request that must be rejected without changing the graph. */
async function rejected(request: InjectOptions) {
  const before = await db.snapshot();
  const response = await app.inject(asStaff(request));
  expect(await db.snapshot()).toEqual(before);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = response.json();
  expect(Object.keys(body).sort()).toEqual(body.field === undefined ? ['code', 'message', 'statusCode'] : ['code', 'field', 'message', 'statusCode']);
  expect(body.statusCode).toBe(response.statusCode);
  expect(body.message).toMatch(/\p{L}/u);
  return { status: response.statusCode, headers: response.headers, ...(body as { code: string; message: string; field?: string }) };
}

describe('strict types', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])('rejects the link type %s with 400, not 500', async (type) => {
    const answer = await rejected({ method: 'POST', url: '/api/firms', payload: { name: 'Neu GmbH', size: 'small', links: [{ type, target: 'DED21' }] } });
    expect(answer).toMatchObject({ status: 400, code: 'VALIDATION', field: '/body/links/0/type' });
    const link = await rejected({ method: 'POST', url: '/api/relationships', payload: { type, from: 'F-A', to: 'DED21' } });
    expect(link).toMatchObject({ status: 400, code: 'VALIDATION', field: '/body/type' });
  });

  it.each([
    ['id', false],
    ['employees', true],
    ['town', false],
    ['employees', '12'],
    ['lat', '51.0'],
    ['certifications', 'ISO 9001'],
    ['size', ['small']],
  ])('never coerces a body value: %s = %j answers 400 at its field', async (name, value) => {
    const answer = await rejected({ method: 'POST', url: '/api/firms', payload: { name: 'Neu GmbH', size: 'small', [name]: value } });
    expect(answer).toMatchObject({ status: 400, code: 'VALIDATION', field: `/body/${name}` });
  });

  it.each([
    ['limit=0x10', '/query/limit'],
    ['limit=1e1', '/query/limit'],
    ['limit=%2016', '/query/limit'],
    ['limit=16.0', '/query/limit'],
    ['limit=', '/query/limit'],
    ['limit=5&limit=6', '/query/limit'],
    ['offset=-0x1', '/query/offset'],
  ])('converts a query string only to its declared type: %s is 400', async (query, field) => {
    expect(await rejected({ method: 'GET', url: `/api/firms?${query}` })).toMatchObject({ status: 400, code: 'VALIDATION', field });
  });

  it('reads decimal integers and true/false from the query string', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/firms?limit=16&offset=0' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ limit: 16, offset: 0, total: 1 });
    const network = await app.inject({ method: 'GET', url: '/api/network/ego?id=F-A&crossBorder=false' });
    expect(network.statusCode).toBe(200);
    for (const flag of ['1', 'yes', 'TRUE', '']) {
      expect(await rejected({ method: 'GET', url: `/api/network/ego?id=F-A&crossBorder=${flag}` })).toMatchObject({ field: '/query/crossBorder' });
    }
  });

  it('rejects unknown query parameters at their name', async () => {
    expect(await rejected({ method: 'GET', url: '/api/firms/F-A?fields=all' })).toMatchObject({ status: 400, field: '/query/fields' });
  });
});

describe('unset means unset', () => {
  it('removes optional properties given as null', async () => {
    const response = await app.inject(asStaff({ method: 'PATCH', url: '/api/firms/F-A', payload: { lat: null, lon: null, employees: null, descriptionDe: null } }));
    expect(response.statusCode, response.body).toBe(200);
    const firm = response.json();
    for (const name of ['lat', 'lon', 'employees', 'descriptionDe']) expect(firm).not.toHaveProperty(name);
    expect(firm).toMatchObject({ name: 'Elbtal Drehteile GmbH', size: 'small' });
  });

  it('creates a node without the optional properties given as null', async () => {
    const response = await app.inject(asStaff({ method: 'POST', url: '/api/firms', payload: { id: 'F-N', name: 'Neu GmbH', size: 'micro', town: null, employees: null } }));
    expect(response.statusCode, response.body).toBe(201);
    const firm = (await app.inject({ method: 'GET', url: '/api/firms/F-N' })).json();
    expect(firm).not.toHaveProperty('town');
    expect(firm).not.toHaveProperty('employees');
  });

  it.each(['name', 'size'])('answers 400 for a required property (%s) given as null', async (name) => {
    expect(await rejected({ method: 'PATCH', url: '/api/firms/F-A', payload: { [name]: null } })).toMatchObject({ status: 400, field: `/body/${name}` });
  });

  it.each([' ', '   ', '\u200B', '\u200B\u200D\uFEFF', '\t\n', '\u00A0'])('requires a visible character in a name (%j)', async (name) => {
    expect(await rejected({ method: 'PATCH', url: '/api/firms/F-A', payload: { name } })).toMatchObject({ status: 400, field: '/body/name' });
    expect(await rejected({ method: 'POST', url: '/api/products', payload: { name: 'Guss', code: name, codeSystem: 'CPA', category: '24' } })).toMatchObject({
      field: '/body/code',
    });
  });
});

describe('one error shape', () => {
  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const)('answers %s of an unknown /api route with 404 JSON', async (method) => {
    for (const url of ['/api/nope', '/api', '/api/firms/F-A/more', '/api/nope?x=1']) {
      const response = await app.inject({ method, url });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      if (method !== 'HEAD') expect(response.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    }
  });

  it('serves the web app only for paths outside /api', async () => {
    const page = await app.inject({ method: 'GET', url: '/de/firm/F-A' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('web app');
  });

  it.each([
    ['PUT', '/api/firms/F-A'],
    ['TRACE', '/api/firms/F-A'],
    ['POST', '/api/health'],
    ['DELETE', '/api/search'],
    ['PATCH', '/api/relationships'],
  ] as const)('answers %s %s with 405 and the methods allowed', async (method, url) => {
    const answer = await rejected({ method, url, payload: method === 'TRACE' ? undefined : {} });
    expect(answer).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
    expect(answer.headers.allow).toMatch(/GET|POST/);
  });

  it('answers a badly encoded URL in the same shape', async () => {
    expect(await rejected({ method: 'GET', url: '/api/firms/%ff' })).toMatchObject({ status: 400, code: 'VALIDATION' });
  });

  it('answers bad JSON, a missing body and other media types in the same shape', async () => {
    const headers = { 'content-type': 'application/json' };
    expect(await rejected({ method: 'POST', url: '/api/firms', headers, payload: '{"name":' })).toMatchObject({ status: 400, field: '/body' });
    expect(await rejected({ method: 'POST', url: '/api/firms', headers, payload: '' })).toMatchObject({ status: 400, field: '/body' });
    expect(await rejected({ method: 'POST', url: '/api/firms', headers: { 'content-type': 'text/plain' }, payload: 'name' })).toMatchObject({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    expect(await rejected({ method: 'POST', url: '/api/firms', payload: [] as never })).toMatchObject({ status: 400, field: '/body' });
  });

  it('points at the field the same way for the body, the query and the path', async () => {
    expect(await rejected({ method: 'GET', url: '/api/search?limit=500' })).toMatchObject({ field: '/query/limit' });
    expect(await rejected({ method: 'GET', url: '/api/firms/F%20A' })).toMatchObject({ field: '/params/id' });
    expect(await rejected({ method: 'POST', url: '/api/firms', payload: { name: 'X', size: 'small', 'a/b~c': 1 } })).toMatchObject({ field: '/body/a~1b~0c' });
    expect(await rejected({ method: 'GET', url: '/api/paths/chains?firm=F-A&product=P-NOPE' })).toMatchObject({ status: 404, field: '/query/product' });
  });
});

describe('messages in the caller’s language', () => {
  const missingName = { method: 'POST' as const, url: '/api/firms', payload: { size: 'small' } };

  it('answers in German, Czech or English by ?lang= first, then Accept-Language, else English', async () => {
    const de = await rejected({ ...missingName, url: '/api/firms?lang=de' });
    expect(de.message).toBe('Das Feld „name“ fehlt.');
    const cs = await rejected({ ...missingName, headers: { 'accept-language': 'cs-CZ,cs;q=0.9,en;q=0.5' } });
    expect(cs.message).toBe('Pole „name“ chybí.');
    const en = await rejected({ ...missingName, headers: { 'accept-language': 'fr-FR,pl;q=0.8' } });
    expect(en.message).toBe('The field “name” is missing.');
    const ranked = await rejected({ ...missingName, headers: { 'accept-language': 'en;q=0.2,de;q=0.9' } });
    expect(ranked.message).toBe('Das Feld „name“ fehlt.');
    const asked = await rejected({ ...missingName, url: '/api/firms?lang=cs', headers: { 'accept-language': 'de' } });
    expect(asked.message).toBe('Pole „name“ chybí.');
    for (const message of [de.message, cs.message, en.message]) expect(de.code === cs.code && cs.code === en.code && message.length > 0).toBe(true);
  });

  it('chooses Czech plural forms by count', async () => {
    const two = await rejected({ method: 'GET', url: '/api/search?lang=cs&q=' + 'x'.repeat(201) });
    expect(two.message).toBe('Pole „q“ smí mít nejvýše 200 znaků.');
    const tooLong = await rejected({ method: 'PATCH', url: '/api/firms/F-A?lang=cs', payload: { certifications: ['x'.repeat(41)] } });
    expect(tooLong.message).toBe('Pole „certifications/0“ smí mít nejvýše 40 znaků.');
  });

  it('translates domain errors and keeps the code', async () => {
    const answer = await rejected({ method: 'GET', url: '/api/firms/F-NOPE?lang=de' });
    expect(answer).toMatchObject({ code: 'NOT_FOUND', message: 'Es gibt keine Firma mit der Kennung „F-NOPE“.' });
    const cs = await rejected({ method: 'GET', url: '/api/firms/F-NOPE', headers: { 'accept-language': 'cs' } });
    expect(cs.message).toBe('Firma s\u00a0označením „F-NOPE“ neexistuje.');
  });
});
