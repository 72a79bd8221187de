// The read and write API for nodes and links: happy paths, and bad input that must get a clear
// error and leave the database exactly as it was.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { importDataset } from '../../seed/src/import';
import type { Dataset } from '../../seed/src/dataset';
import { readQuery } from '../../server/src/graph/queries';
import { signedIn, type SignedIn } from '../setup/accounts';
import { testDatabase } from '../setup/database';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
/** Writes here are made by staff; who may write what is role-matrix.test.ts's subject. */
let staff: SignedIn;

const fixture: Dataset = {
  nodes: {
    Region: [
      { id: 'DE', props: { name: 'Deutschland', level: 'country', country: 'DE' } },
      { id: 'DED21', props: { name: 'Dresden', level: 'district', country: 'DE', lat: 51.05, lon: 13.74 } },
      { id: 'CZ042', props: { name: 'Ústecký kraj', level: 'district', country: 'CZ', lat: 50.6, lon: 13.9 } },
    ],
    Sector: [{ id: 'C25.62', props: { name: 'Mechanik', code: '25.62', level: 'class' } }],
    Product: [{ id: 'P-DREH', props: { name: 'Drehteile', nameCs: 'Soustružené díly', code: '25.62.10', codeSystem: 'CPA', category: '25.62' } }],
    Firm: [
      { id: 'F-A', props: { name: 'Elbtal Drehteile GmbH', size: 'small', employees: 25 } },
      { id: 'F-B', props: { name: 'Annaberger Formenbau GmbH & Co. KG', size: 'small' } },
      { id: 'F-C', props: { name: 'Stroje Cheb spol. s r.o.', size: 'micro' } },
      { id: 'F-D', props: { name: 'Straßenbau Görlitz GmbH', size: 'micro' } },
    ],
  },
  rels: {
    PART_OF: [{ from: 'DED21', to: 'DE' }],
    LOCATED_IN: [{ from: 'F-A', to: 'DED21' }],
    IN_SECTOR: [{ from: 'F-A', to: 'C25.62' }],
    OFFERS: [{ from: 'F-A', to: 'P-DREH' }],
  },
};

const newFirm = {
  id: 'F-NEW',
  name: 'Labe Strojírna s.r.o.',
  nameDe: 'Elbe Maschinenbau',
  size: 'medium',
  employees: 120,
  certifications: ['ISO 9001'],
  links: [
    { type: 'LOCATED_IN', target: 'CZ042' },
    { type: 'IN_SECTOR', target: 'C25.62' },
    { type: 'SUPPLIES', target: 'F-A', product: 'P-DREH', since: '2021-04-01' },
  ],
};

beforeAll(async () => {
  app = await buildApp({ driver: db.driver });
});
beforeEach(async () => {
  await db.reset();
  await importDataset(db.runner, fixture);
  staff = await signedIn(app, db.runner, 'staff');
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('health and docs', () => {
  it('reports the service and Neo4j 5.26 Community as up', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    // The test database is the local Neo4j 5.26 Community with the Graph Data Science plugin, which
    // the metrics then use.
    expect(response.json()).toEqual({ status: 'ok', database: { status: 'up' }, metrics: { engine: 'graph-data-science', graphDataScience: true } });
    // The database is Neo4j 5.26 Community, but health does not tell anonymous callers so.
    const [component] = await db.runner.run(readQuery<{ version: string; edition: string }>('admin/ping'));
    expect(component).toMatchObject({ edition: 'community', version: expect.stringMatching(/^5\.26\./) });
  });

  it('publishes every API route in the OpenAPI document and serves Swagger UI', async () => {
    const document = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/search', '/api/firms/{id}', '/api/relationships']));
    const ui = await app.inject({ method: 'GET', url: '/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});

describe('reading', () => {
  it('returns a firm with its relationships and the country of its district', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/firms/F-A' });
    expect(response.statusCode).toBe(200);
    const firm = response.json();
    expect(firm).toMatchObject({ id: 'F-A', kind: 'firm', name: 'Elbtal Drehteile GmbH', country: 'DE', employees: 25 });
    expect(firm.relations.map((r: { type: string; other: { id: string } }) => `${r.type}>${r.other.id}`).sort()).toEqual([
      'IN_SECTOR>C25.62',
      'LOCATED_IN>DED21',
      'OFFERS>P-DREH',
    ]);
  });

  it('answers 404 with the field for an unknown id, and for an id of another kind', async () => {
    for (const url of ['/api/firms/F-NOPE', '/api/products/F-A']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'NOT_FOUND', field: '/params/id' });
    }
  });

  it('rejects a malformed id with 400 and the field at fault', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/firms/${encodeURIComponent('F A;DROP')}` });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', field: '/params/id' });
  });
});

describe('searching', () => {
  it('finds a product by its Czech name with or without diacritics, and firms by filters', async () => {
    for (const q of ['soustružené', 'soustruzene']) {
      const hits = (await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}` })).json();
      expect(hits.items.map((h: { id: string }) => h.id)).toContain('P-DREH');
    }
    const list = (await app.inject({ method: 'GET', url: '/api/firms?region=DE&size=small' })).json();
    expect(list).toMatchObject({ total: 1, items: [{ id: 'F-A', country: 'DE' }] });
    const none = (await app.inject({ method: 'GET', url: '/api/firms?country=CZ' })).json();
    expect(none).toMatchObject({ total: 0, items: [] });
  });

  it('finds a firm by its whole name as written, abbreviations and ampersand included', async () => {
    for (const [q, id] of [
      ['Annaberger Formenbau GmbH & Co. KG', 'F-B'],
      ['Stroje Cheb spol. s r.o.', 'F-C'],
      ['formenbau co.', 'F-B'],
      ['Straßenbau Görlitz', 'F-D'],
    ]) {
      const hits = (await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q!)}` })).json();
      expect(hits.items.map((h: { id: string }) => h.id), q).toEqual([id]);
    }
  });

  it('treats query syntax in the search text as plain text', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent('Dreh* "[')}` });
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((h: { id: string }) => h.id)).toContain('P-DREH');
  });

  it('rejects a page size over the maximum', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/search?limit=5000' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION', field: '/query/limit' });
  });
});

describe('writing', () => {
  it('creates a firm with its links in one go, deriving its country from its district', async () => {
    const created = await app.inject({ method: 'POST', headers: staff.headers, url: '/api/firms', payload: newFirm });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      id: 'F-NEW',
      // The supply link implies that F-NEW offers the product and F-A needs it: both added with it.
      added: [
        { type: 'OFFERS', from: 'F-NEW', to: 'P-DREH' },
        { type: 'NEEDS', from: 'F-A', to: 'P-DREH' },
      ],
    });
    const firm = (await app.inject({ method: 'GET', url: '/api/firms/F-NEW' })).json();
    expect(firm).toMatchObject({ country: 'CZ', nameDe: 'Elbe Maschinenbau', certifications: ['ISO 9001'] });
    const supplies = firm.relations.find((r: { type: string }) => r.type === 'SUPPLIES');
    expect(supplies).toMatchObject({ direction: 'out', other: { id: 'F-A' }, properties: { product: 'P-DREH', since: '2021-04-01' } });
  });

  it('changes and deletes a firm', async () => {
    const patched = await app.inject({ method: 'PATCH', headers: staff.headers, url: '/api/firms/F-A', payload: { employees: 30, town: 'Dresden' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ employees: 30, town: 'Dresden', name: 'Elbtal Drehteile GmbH' });
    expect((await app.inject({ method: 'DELETE', headers: staff.headers, url: '/api/firms/F-A' })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/firms/F-A' })).statusCode).toBe(404);
    expect((await db.snapshot()).types.LOCATED_IN).toBeUndefined();
  });

  it('links and unlinks two nodes; linking twice changes nothing', async () => {
    const link = { type: 'NEEDS', from: 'F-A', to: 'P-DREH' };
    expect((await app.inject({ method: 'POST', headers: staff.headers, url: '/api/relationships', payload: link })).statusCode).toBe(201);
    const once = await db.snapshot();
    expect((await app.inject({ method: 'POST', headers: staff.headers, url: '/api/relationships', payload: link })).statusCode).toBe(201);
    expect(await db.snapshot()).toEqual(once);
    expect((await app.inject({ method: 'DELETE', headers: staff.headers, url: '/api/relationships', payload: link })).statusCode).toBe(204);
    expect((await app.inject({ method: 'DELETE', headers: staff.headers, url: '/api/relationships', payload: link })).statusCode).toBe(404);
  });

  const rejected: [string, { method: 'POST' | 'PATCH'; url: string; payload: unknown }, number, string, string][] = [
    ['a missing name', { method: 'POST', url: '/api/firms', payload: { ...newFirm, name: undefined } }, 400, 'VALIDATION', '/body/name'],
    ['a wrong type', { method: 'POST', url: '/api/firms', payload: { ...newFirm, employees: 'many' } }, 400, 'VALIDATION', '/body/employees'],
    ['a too-long name', { method: 'POST', url: '/api/firms', payload: { ...newFirm, name: 'x'.repeat(201) } }, 400, 'VALIDATION', '/body/name'],
    ['an unknown size', { method: 'POST', url: '/api/firms', payload: { ...newFirm, size: 'huge' } }, 400, 'VALIDATION', '/body/size'],
    ['an unknown field', { method: 'POST', url: '/api/firms', payload: { ...newFirm, country: 'DE' } }, 400, 'VALIDATION', '/body/country'],
    ['a duplicate id', { method: 'POST', url: '/api/firms', payload: { ...newFirm, id: 'F-A', links: newFirm.links.slice(0, 2) } }, 409, 'DUPLICATE', '/body/id'],
    ['a link to an unknown node (after valid links)', { method: 'POST', url: '/api/firms', payload: { ...newFirm, links: [...newFirm.links, { type: 'MEMBER_OF', target: 'O-NOPE' }] } }, 400, 'UNKNOWN_REFERENCE', '/body/links/3/target'],
    ['a link between the wrong kinds', { method: 'POST', url: '/api/firms', payload: { ...newFirm, links: [{ type: 'OFFERS', target: 'C25.62' }] } }, 400, 'INVALID_RELATIONSHIP', '/body/links/0/type'],
    ['a supply link without product', { method: 'POST', url: '/api/relationships', payload: { type: 'SUPPLIES', from: 'F-A', to: 'F-A' } }, 400, 'VALIDATION', '/body/product'],
    ['a link to an unknown node', { method: 'POST', url: '/api/relationships', payload: { type: 'NEEDS', from: 'F-A', to: 'P-NOPE' } }, 400, 'UNKNOWN_REFERENCE', '/body/to'],
    ['an unknown relationship type', { method: 'POST', url: '/api/relationships', payload: { type: 'OWNS', from: 'F-A', to: 'P-DREH' } }, 400, 'VALIDATION', '/body/type'],
    ['an empty change', { method: 'PATCH', url: '/api/firms/F-A', payload: {} }, 400, 'VALIDATION', '/body'],
    ['a change of an unknown firm', { method: 'PATCH', url: '/api/firms/F-NOPE', payload: { employees: 3 } }, 404, 'NOT_FOUND', '/params/id'],
  ];

  it.each(rejected)('rejects %s with a clear error and changes nothing', async (_what, request, status, code, field) => {
    const before = await db.snapshot();
    const response = await app.inject({ ...request, headers: staff.headers } as never);
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ statusCode: status, code, field });
    expect(response.json().message).toEqual(expect.any(String));
    expect(await db.snapshot()).toEqual(before);
  });
});
