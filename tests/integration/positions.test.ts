// Distances between firms are read from `position`, a point every write derives from a node's
// coordinates. Through each kind of write (create, change, removing the coordinates, delete and
// undo, import) the distance an answer gives must stay the great-circle distance of the coordinates the
// firm shows, and the point itself is no property anyone sees or that the audit records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { signedIn, type SignedIn } from '../setup/accounts';
import { testDatabase } from '../setup/database';
import { fixture } from '../setup/fixtures';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
let staff: SignedIn;

// F-A needs P from F-S at 50.0°N 13.0°E; alternatives are the firms that offer P besides F-S.
const graph = fixture()
  .product('P', { category: 'machined' })
  .firm('F-A', { district: 'DED41', lat: 50, lon: 13 })
  .firm('F-S', { district: 'DED41', lat: 50.5, lon: 13 })
  .supplies('F-S', 'F-A', 'P');

/** Haversine on the sphere Neo4j's point.distance uses (WGS-84 mean radius 6,378,140 m), in km. */
function greatCircleKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return (2 * 6_378_140 * Math.asin(Math.sqrt(h))) / 1000;
}

const firm = async (id: string) => {
  const response = await app.inject({ method: 'GET', url: `/api/firms/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

/** The distance the alternatives answer gives for `id`, or undefined when it is no alternative. */
async function alternativeKm(id: string): Promise<number | null | undefined> {
  const response = await app.inject({ method: 'GET', url: '/api/diversification?firm=F-A&product=P' });
  expect(response.statusCode, response.body).toBe(200);
  const found = response.json().alternatives.find((a: { firm: { id: string } }) => a.firm.id === id);
  return found?.parts.distance.km;
}

/** The answer's distance for `id` against the coordinates its profile shows (answers round to 0.1 km). */
async function expectDistance(id: string): Promise<void> {
  const [km, expected] = [await alternativeKm(id), await expectedKm(id)];
  expect(km).not.toBeUndefined();
  expect(Math.abs(km! - expected!), `${km} km against ${expected} km`).toBeLessThanOrEqual(0.1);
}

/** The km the answer should give for `id`: from the coordinates its profile shows, rounded as answers are. */
async function expectedKm(id: string): Promise<number | null> {
  const [asker, other] = [await firm('F-A'), await firm(id)];
  if (other.lat == null || other.lon == null) return null;
  return Math.round(greatCircleKm(asker, other) * 10) / 10;
}

beforeAll(async () => {
  await db.reset();
  await graph.load(db.runner);
  app = await buildApp({ driver: db.driver });
  staff = await signedIn(app, db.runner, 'staff');
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('the point beside the coordinates', () => {
  it('follows them through creating, moving, losing them, deleting, undoing and importing', async () => {
    const write = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      app.inject({ method, url, headers: staff.headers, ...(payload ? { payload } : {}) });

    const created = await write('POST', '/api/firms', { id: 'F-NEW', name: 'Nová Strojírna s.r.o.', size: 'small', lat: 50.1, lon: 13, links: [{ type: 'OFFERS', target: 'P' }] });
    expect(created.statusCode, created.body).toBe(201);
    await expectDistance('F-NEW');
    expect(await alternativeKm('F-NEW')).toBeCloseTo(11.1, 1);

    const moved = await write('PATCH', '/api/firms/F-NEW', { lat: 50.3, lon: 13.2 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).not.toHaveProperty('position');
    await expectDistance('F-NEW');
    expect(await alternativeKm('F-NEW')).toBeGreaterThan(35);

    // Only one coordinate changed: the point moves with it.
    expect((await write('PATCH', '/api/firms/F-NEW', { lon: 13 })).statusCode).toBe(200);
    await expectDistance('F-NEW');

    expect((await write('PATCH', '/api/firms/F-NEW', { lat: null, lon: null })).statusCode).toBe(200);
    expect(await expectedKm('F-NEW')).toBeNull();
    expect(await alternativeKm('F-NEW')).toBeNull();

    expect((await write('PATCH', '/api/firms/F-NEW', { lat: 50.2, lon: 13.1 })).statusCode).toBe(200);
    expect((await write('DELETE', '/api/firms/F-NEW')).statusCode).toBe(204);
    expect(await alternativeKm('F-NEW')).toBeUndefined();
    const history = (await app.inject({ method: 'GET', url: '/api/audit?node=F-NEW', headers: staff.headers })).json().items as {
      id: string;
      action: string;
      changes: { property: string }[];
    }[];
    const deletion = history.find((entry) => entry.action === 'delete')!;
    expect(deletion.changes.map((c) => c.property)).toEqual(expect.arrayContaining(['lat', 'lon', 'name']));
    expect(history.flatMap((entry) => entry.changes.map((c) => c.property))).not.toContain('position');

    const undone = await app.inject({ method: 'POST', url: `/api/audit/${deletion.id}/undo`, headers: staff.headers });
    expect(undone.statusCode, undone.body).toBeLessThan(300);
    expect(await firm('F-NEW')).toMatchObject({ lat: 50.2, lon: 13.1 });
    expect(await firm('F-NEW')).not.toHaveProperty('position');
    await expectDistance('F-NEW');

    const csv = Buffer.from('\uFEFFid,kind,name,country,district,town,size,lat,lon\r\nF-NEW,firm,Nová Strojírna s.r.o.,DE,DED41,Chemnitz,small,50.4,13.3\r\n');
    const imported = await app.inject({ method: 'POST', url: '/api/imports/apply?file=actors.csv', payload: csv, headers: { 'content-type': 'text/csv', ...staff.headers } });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().rejected).toEqual([]);
    expect(await firm('F-NEW')).toMatchObject({ lat: 50.4, lon: 13.3 });
    await expectDistance('F-NEW');
  });
});
