// Writes keep the graph consistent: no self-links, a supply link brings the OFFERS and NEEDS it
// implies (in its transaction, and says so), a node has one location, and a region, sector,
// product or organisation that others use is not deleted from under them.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { importDataset } from '../../seed/src/import';
import type { Dataset } from '../../seed/src/dataset';
import { signedIn, type SignedIn } from '../setup/accounts';
import { testDatabase } from '../setup/database';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
/** The writes here are staff's; who may write what is access.test.ts's subject. */
let staff: SignedIn;
const asStaff = (request: InjectOptions) => app.inject({ ...request, headers: { ...staff.headers, ...request.headers } } as InjectOptions);

const fixture: Dataset = {
  nodes: {
    Region: [
      { id: 'DE', props: { name: 'Deutschland', level: 'country', country: 'DE' } },
      { id: 'DED21', props: { name: 'Dresden', level: 'district', country: 'DE' } },
      { id: 'CZ042', props: { name: 'Ústecký kraj', level: 'district', country: 'CZ' } },
      { id: 'CZ041', props: { name: 'Karlovarský kraj', level: 'district', country: 'CZ' } },
    ],
    Sector: [
      { id: 'C25', props: { name: 'Metallerzeugnisse', code: '25', level: 'division' } },
      { id: 'C28', props: { name: 'Maschinenbau', code: '28', level: 'division' } },
    ],
    Product: [
      { id: 'P-DREH', props: { name: 'Drehteile', code: '25.62', codeSystem: 'CPA', category: '25.62' } },
      { id: 'P-STAHL', props: { name: 'Stabstahl', code: '24.10', codeSystem: 'CPA', category: '24.10' } },
      { id: 'P-GUSS', props: { name: 'Guss', code: '24.51', codeSystem: 'CPA', category: '24.51' } },
    ],
    Organisation: [
      { id: 'O-CL', props: { name: 'Cluster Metall', type: 'cluster' } },
      { id: 'O-EMPTY', props: { name: 'Neuer Verein', type: 'association' } },
    ],
    Firm: [
      { id: 'F-A', props: { name: 'Elbtal Drehteile GmbH', size: 'small' } },
      { id: 'F-B', props: { name: 'Ocel Ústí a.s.', size: 'medium' } },
    ],
  },
  rels: {
    PART_OF: [{ from: 'DED21', to: 'DE' }],
    LOCATED_IN: [
      { from: 'F-A', to: 'DED21' },
      { from: 'F-B', to: 'CZ042' },
    ],
    IN_SECTOR: [{ from: 'F-A', to: 'C25' }],
    OFFERS: [{ from: 'F-B', to: 'P-STAHL' }],
    NEEDS: [{ from: 'F-A', to: 'P-STAHL' }],
    SUPPLIES: [{ from: 'F-B', to: 'F-A', props: { product: 'P-GUSS' } }],
    MEMBER_OF: [{ from: 'F-A', to: 'O-CL' }],
  },
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

async function rejected(request: InjectOptions) {
  const before = await db.fingerprint();
  const response = await asStaff(request);
  expect(await db.fingerprint()).toEqual(before);
  return { status: response.statusCode, ...(response.json() as { code: string; field?: string; message: string; uses?: unknown[] }) };
}

const link = (payload: Record<string, unknown>) => ({ method: 'POST' as const, url: '/api/relationships', payload });
const relations = async (url: string) =>
  ((await asStaff({ method: 'GET', url })).json().relations as { type: string; direction: string; other: { id: string } }[]).map(
    (r) => `${r.direction} ${r.type} ${r.other.id}`,
  );

describe('no self-links', () => {
  it.each([
    { type: 'SUPPLIES', from: 'F-A', to: 'F-A', product: 'P-DREH' },
    { type: 'COOPERATES_WITH', from: 'F-A', to: 'F-A' },
    { type: 'INPUT_TO', from: 'P-DREH', to: 'P-DREH' },
    { type: 'PART_OF', from: 'DED21', to: 'DED21' },
  ])('rejects $type from a node to itself', async (payload) => {
    expect(await rejected(link(payload))).toMatchObject({ status: 400, code: 'SELF_LINK', field: '/body/to' });
  });

  it('rejects a new firm that links to itself, and creates nothing', async () => {
    const answer = await rejected({
      method: 'POST',
      url: '/api/firms',
      payload: { id: 'F-SELF', name: 'Selbst GmbH', size: 'micro', links: [{ type: 'COOPERATES_WITH', target: 'F-SELF' }] },
    });
    expect(answer).toMatchObject({ status: 400, code: 'SELF_LINK', field: '/body/links/0/target' });
  });
});

describe('a supply link implies OFFERS and NEEDS', () => {
  it('adds the missing OFFERS and NEEDS in the same transaction and says so', async () => {
    const response = await asStaff(link({ type: 'SUPPLIES', from: 'F-A', to: 'F-B', product: 'P-DREH' }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      type: 'SUPPLIES',
      added: [
        { type: 'OFFERS', from: 'F-A', to: 'P-DREH' },
        { type: 'NEEDS', from: 'F-B', to: 'P-DREH' },
      ],
      removed: [],
    });
    expect(await relations('/api/firms/F-A')).toContain('out OFFERS P-DREH');
    expect(await relations('/api/firms/F-B')).toContain('out NEEDS P-DREH');
  });

  it('adds nothing where the supplier offers and the customer needs the product already', async () => {
    const before = await db.snapshot();
    const response = await asStaff(link({ type: 'SUPPLIES', from: 'F-B', to: 'F-A', product: 'P-STAHL' }));
    expect(response.json()).toMatchObject({ added: [] });
    expect((await db.snapshot()).types).toEqual({ ...before.types, SUPPLIES: before.types.SUPPLIES! + 1 });
  });

  it('keeps an OFFERS or NEEDS that a supply link stands on, with 409 and the supply links', async () => {
    await asStaff(link({ type: 'SUPPLIES', from: 'F-B', to: 'F-A', product: 'P-STAHL' }));
    const offers = await rejected({ method: 'DELETE', url: '/api/relationships', payload: { type: 'OFFERS', from: 'F-B', to: 'P-STAHL' } });
    expect(offers).toMatchObject({ status: 409, code: 'IN_USE', uses: [{ type: 'SUPPLIES', id: 'F-B->F-A' }] });
    const needs = await rejected({ method: 'DELETE', url: '/api/relationships?lang=de', payload: { type: 'NEEDS', from: 'F-A', to: 'P-STAHL' } });
    expect(needs).toMatchObject({ status: 409, code: 'IN_USE' });
    expect(needs.message).toBe('An dieser Verbindung hängen noch 1 Lieferbeziehung (F-B->F-A). Entfernen Sie diese zuerst.');
    // Without the supply link, the offer can go.
    const supplies = { type: 'SUPPLIES', from: 'F-B', to: 'F-A', product: 'P-STAHL' };
    expect((await asStaff({ method: 'DELETE', url: '/api/relationships', payload: supplies })).statusCode).toBe(204);
    expect((await asStaff({ method: 'DELETE', url: '/api/relationships', payload: { type: 'OFFERS', from: 'F-B', to: 'P-STAHL' } })).statusCode).toBe(204);
  });
});

describe('one location', () => {
  it('moves a firm to another district, its country with it, and says which link it replaced', async () => {
    const response = await asStaff(link({ type: 'LOCATED_IN', from: 'F-A', to: 'CZ041' }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ removed: [{ type: 'LOCATED_IN', from: 'F-A', to: 'DED21' }] });
    const firm = (await asStaff({ method: 'GET', url: '/api/firms/F-A' })).json();
    expect(firm.country).toBe('CZ');
    expect((await relations('/api/firms/F-A')).filter((r) => r.includes('LOCATED_IN'))).toEqual(['out LOCATED_IN CZ041']);
  });

  it('keeps one location when a new firm names two', async () => {
    const response = await asStaff({
      method: 'POST',
      url: '/api/firms',
      payload: { id: 'F-N', name: 'Neu s.r.o.', size: 'micro', links: [{ type: 'LOCATED_IN', target: 'DED21' }, { type: 'LOCATED_IN', target: 'CZ042' }] },
    });
    expect(response.statusCode).toBe(201);
    expect((await relations('/api/firms/F-N')).filter((r) => r.includes('LOCATED_IN'))).toEqual(['out LOCATED_IN CZ042']);
    expect((await asStaff({ method: 'GET', url: '/api/firms/F-N' })).json().country).toBe('CZ');
  });
});

describe('deleting what others use', () => {
  it.each([
    ['regions', 'DED21', ['LOCATED_IN F-A']],
    ['sectors', 'C25', ['IN_SECTOR F-A']],
    ['products', 'P-STAHL', ['NEEDS F-A', 'OFFERS F-B']],
    ['products', 'P-GUSS', ['SUPPLIES F-B']],
    ['organisations', 'O-CL', ['MEMBER_OF F-A']],
  ])('answers 409 for %s/%s with what uses it, and changes nothing', async (path, id, uses) => {
    const answer = await rejected({ method: 'DELETE', url: `/api/${path}/${id}` });
    expect(answer).toMatchObject({ status: 409, code: 'IN_USE', field: '/params/id' });
    expect((answer.uses as { type: string; id: string }[]).map((u) => `${u.type} ${u.id}`)).toEqual(expect.arrayContaining(uses));
  });

  it('lists the uses in the caller’s language, counted by its plural rules', async () => {
    const cs = await rejected({ method: 'DELETE', url: '/api/products/P-STAHL?lang=cs' });
    expect(cs.message).toBe('Záznam „P-STAHL“ se ještě používá: 2 vazby (NEEDS F-A, OFFERS F-B). Nejprve je odstraňte.');
  });

  it('deletes what nobody uses', async () => {
    for (const url of ['/api/organisations/O-EMPTY', '/api/sectors/C28', '/api/products/P-DREH', '/api/regions/CZ041']) {
      expect((await asStaff({ method: 'DELETE', url })).statusCode, url).toBe(204);
    }
  });

  it('still deletes a firm with its links, which frees its district', async () => {
    expect((await asStaff({ method: 'DELETE', url: '/api/firms/F-A' })).statusCode).toBe(204);
    expect((await asStaff({ method: 'DELETE', url: '/api/regions/DE' })).statusCode).toBe(409);
    expect((await asStaff({ method: 'DELETE', url: '/api/regions/DED21' })).statusCode).toBe(204);
  });
});
