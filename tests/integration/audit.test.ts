// The audit: every write leaves an entry (who, when, each property before and after, each link added
// or removed), links carry their provenance, staff read a node's and a user's history, and undo
// reverses an entry unless something newer touched the same properties or links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { importDataset } from '../../seed/src/import';
import type { Dataset } from '../../seed/src/dataset';
import { signedIn, type SignedIn } from '../setup/accounts';
import { testDatabase } from '../setup/database';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
let staff: SignedIn;
let member: SignedIn;

const fixture: Dataset = {
  nodes: {
    Region: [{ id: 'DED21', props: { name: 'Dresden', level: 'district', country: 'DE' } }],
    Product: [{ id: 'P-DREH', props: { name: 'Drehteile', code: '25.62.10', codeSystem: 'CPA', category: '25.62' } }],
    Firm: [
      { id: 'F-DE', props: { name: 'Elbtal Drehteile GmbH', size: 'small', employees: 25, country: 'DE' } },
      { id: 'F-CZ', props: { name: 'Labe Strojírna s.r.o.', size: 'medium', country: 'CZ' } },
    ],
  },
  rels: { OFFERS: [{ from: 'F-CZ', to: 'P-DREH' }], NEEDS: [{ from: 'F-DE', to: 'P-DREH' }] },
};

interface Entry {
  id: string;
  actorId: string | null;
  action: string;
  nodeId: string;
  changes: { property: string; before: unknown; after: unknown }[];
  links: { change: string; type: string; from: string; to: string; properties: Record<string, unknown> }[];
  undoes: string | null;
  undoneBy: string | null;
}

const history = async (node: string): Promise<Entry[]> => {
  const response = await app.inject({ method: 'GET', url: `/api/audit?node=${node}`, headers: staff.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
};
const write = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload: object, who: SignedIn = staff) =>
  app.inject({ method, url, payload, headers: who.headers });
const undo = (id: string) => app.inject({ method: 'POST', url: `/api/audit/${id}/undo`, headers: staff.headers });
const firm = async (id: string) => (await app.inject({ method: 'GET', url: `/api/firms/${id}` })).json();

beforeAll(async () => {
  await db.reset();
  await importDataset(db.runner, fixture);
  app = await buildApp({ driver: db.driver });
  staff = await signedIn(app, db.runner, 'staff');
  member = await signedIn(app, db.runner, 'member', ['F-DE']);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('entries', () => {
  it('records a change with who made it and each property before and after', async () => {
    expect((await write('PATCH', '/api/firms/F-DE', { employees: 30, town: 'Dresden' }, member)).statusCode).toBe(200);
    const [entry] = await history('F-DE');
    expect(entry).toMatchObject({ actorId: member.id, action: 'update', nodeId: 'F-DE', undoes: null, undoneBy: null });
    expect(entry!.changes).toEqual(
      expect.arrayContaining([
        { property: 'employees', before: 25, after: 30 },
        { property: 'town', before: null, after: 'Dresden' },
      ]),
    );
    const mine = (await app.inject({ method: 'GET', url: `/api/audit?user=${member.id}`, headers: staff.headers })).json().items as Entry[];
    expect(mine.map((e) => e.id)).toContain(entry!.id);
  });

  it("gives a member's link to another firm its provenance as a claim, and shows it in both firms' histories", async () => {
    const response = await write('POST', '/api/relationships', { type: 'SUPPLIES', from: 'F-CZ', to: 'F-DE', product: 'P-DREH', since: '2024-02-01' }, member);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ standing: 'claimed' });
    const link = (await firm('F-DE')).relations.find((r: { type: string }) => r.type === 'SUPPLIES');
    expect(link.properties).toMatchObject({ source: 'user', enteredBy: member.id, standing: 'claimed', product: 'P-DREH', since: '2024-02-01' });
    expect(link.properties.enteredAt).toEqual(expect.any(String));
    for (const node of ['F-DE', 'F-CZ']) {
      const [entry] = await history(node);
      expect(entry).toMatchObject({ action: 'link', actorId: member.id });
      expect(entry!.links).toEqual([expect.objectContaining({ change: 'added', type: 'SUPPLIES', from: 'F-CZ', to: 'F-DE' })]);
    }
    // The log names what the link mentions, so staff read names rather than ids.
    const names = (await app.inject({ method: 'GET', url: '/api/audit?node=F-DE', headers: staff.headers })).json().names;
    expect(names).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'F-CZ', name: 'Labe Strojírna s.r.o.' }),
        expect.objectContaining({ id: 'P-DREH', name: 'Drehteile' }),
      ]),
    );
    // Staff entering a link confirm it.
    const byStaff = await write('POST', '/api/relationships', { type: 'COOPERATES_WITH', from: 'F-DE', to: 'F-CZ' });
    expect(byStaff.json()).toMatchObject({ standing: 'confirmed' });
  });

  it('leaves no entry for a refused or failed write', async () => {
    const before = (await history('F-DE')).length;
    expect((await write('PATCH', '/api/firms/F-DE', { employees: -1 })).statusCode).toBe(400);
    expect((await app.inject({ method: 'PATCH', url: '/api/firms/F-DE', payload: { employees: 1 } })).statusCode).toBe(401);
    expect((await history('F-DE')).length).toBe(before);
  });

  it('is for staff only', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/audit?node=F-DE' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/audit?node=F-DE', headers: member.headers })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/audit/x/undo', headers: member.headers })).statusCode).toBe(403);
  });
});

describe('undo', () => {
  it('puts the properties back, records the undo, and refuses a second undo', async () => {
    await write('PATCH', '/api/firms/F-CZ', { employees: 80, nameDe: 'Elbe Maschinenbau' });
    const [entry] = await history('F-CZ');
    expect((await undo(entry!.id)).statusCode).toBe(204);
    const after = await firm('F-CZ');
    expect(after.employees).toBeUndefined();
    expect(after.nameDe).toBeUndefined();
    const [undoEntry, original] = await history('F-CZ');
    expect(undoEntry).toMatchObject({ action: 'update', actorId: staff.id, undoes: entry!.id });
    expect(original).toMatchObject({ id: entry!.id, undoneBy: undoEntry!.id });
    const again = await undo(entry!.id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'UNDO_CONFLICT', field: '/params/id' });
  });

  it('refuses when a newer change touched the same property, and allows it when the newer one touched others', async () => {
    await write('PATCH', '/api/firms/F-DE', { town: 'Pirna' });
    const [townChange] = await history('F-DE');
    await write('PATCH', '/api/firms/F-DE', { town: 'Meißen' });
    const refused = await undo(townChange!.id);
    expect(refused.statusCode).toBe(409);
    expect((await firm('F-DE')).town).toBe('Meißen');

    await write('PATCH', '/api/firms/F-DE', { founded: 1991 });
    const [foundedChange] = await history('F-DE');
    await write('PATCH', '/api/firms/F-DE', { employees: 44 });
    expect((await undo(foundedChange!.id)).statusCode).toBe(204);
    const now = await firm('F-DE');
    expect(now.founded).toBeUndefined();
    expect(now.employees).toBe(44);
  });

  it('brings a removed link back with its original provenance', async () => {
    const link = { type: 'SUPPLIES', from: 'F-CZ', to: 'F-DE', product: 'P-DREH' };
    const original = (await firm('F-DE')).relations.find((r: { type: string }) => r.type === 'SUPPLIES').properties;
    expect((await write('DELETE', '/api/relationships', link)).statusCode).toBe(204);
    const [removal] = await history('F-DE');
    expect(removal).toMatchObject({ action: 'unlink' });
    expect((await undo(removal!.id)).statusCode).toBe(204);
    const restored = (await firm('F-DE')).relations.find((r: { type: string }) => r.type === 'SUPPLIES').properties;
    expect(restored).toEqual(original);
  });

  it('brings a deleted firm back with its properties and links', async () => {
    const before = await firm('F-CZ');
    expect((await write('DELETE', '/api/firms/F-CZ', {})).statusCode).toBe(204);
    const [deletion] = await history('F-CZ');
    expect(deletion).toMatchObject({ action: 'delete' });
    expect(deletion!.changes).toEqual(expect.arrayContaining([{ property: 'name', before: 'Labe Strojírna s.r.o.', after: null }]));
    expect((await undo(deletion!.id)).statusCode).toBe(204);
    const back = await firm('F-CZ');
    const shape = (f: { name: string; size: string; relations: { type: string; direction: string; other: { id: string }; properties: object }[] }) => ({
      name: f.name,
      size: f.size,
      relations: f.relations.map((r) => `${r.type}|${r.direction}|${r.other.id}|${JSON.stringify(r.properties)}`).sort(),
    });
    expect(shape(back)).toEqual(shape(before));
  });
});
