// Contact persons and consent: each role sees exactly the persons their consent allows, no public
// answer carries a person, a person's data exports as JSON, and erasure leaves nothing of them but
// a tombstone in the audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { maySeePerson, type Consent } from '../../server/src/auth/people';
import { importDataset } from '../../seed/src/import';
import type { Dataset } from '../../seed/src/dataset';
import { signedIn, type SignedIn } from '../setup/accounts';
import { testDatabase } from '../setup/database';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
let staff: SignedIn;
let memberOwn: SignedIn;
let memberOther: SignedIn;

const fixture: Dataset = {
  nodes: {
    Region: [{ id: 'DED21', props: { name: 'Dresden', level: 'district', country: 'DE' } }],
    Firm: [
      { id: 'F-DE', props: { name: 'Elbtal Drehteile GmbH', size: 'small', country: 'DE' } },
      { id: 'F-CZ', props: { name: 'Labe Strojírna s.r.o.', size: 'medium', country: 'CZ' } },
    ],
  },
  rels: { LOCATED_IN: [{ from: 'F-DE', to: 'DED21' }], COOPERATES_WITH: [{ from: 'F-DE', to: 'F-CZ' }] },
};

const persons: Record<Consent, { name: string; email: string; phone: string }> = {
  staff: { name: 'Ulrike Verborgen', email: 'ulrike.verborgen@elbtal.example', phone: '+49 351 111111' },
  members: { name: 'Karel Členský', email: 'karel.clensky@elbtal.example', phone: '+49 351 222222' },
  public: { name: 'Petra Öffentlich', email: 'petra.oeffentlich@elbtal.example', phone: '+49 351 333333' },
};
const ids: Partial<Record<Consent, string>> = {};

const contacts = async (who: SignedIn | null) => {
  const response = await app.inject({ method: 'GET', url: '/api/contacts?of=F-DE', headers: who?.headers ?? {} });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { name: string }[]).map((p) => p.name).sort();
};

beforeAll(async () => {
  await db.reset();
  await importDataset(db.runner, fixture);
  app = await buildApp({ driver: db.driver });
  staff = await signedIn(app, db.runner, 'staff');
  memberOwn = await signedIn(app, db.runner, 'member', ['F-DE']);
  memberOther = await signedIn(app, db.runner, 'member', ['F-CZ']);
  for (const consent of ['staff', 'members', 'public'] as const) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers: memberOwn.headers,
      payload: { of: 'F-DE', ...persons[consent], function: 'Vertrieb', languages: ['de', 'cs'], consent },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ consent, consentBy: memberOwn.id, consentAt: expect.any(String), of: 'F-DE' });
    ids[consent] = response.json().id;
  }
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('consent', () => {
  it('shows a visitor public persons only, another firm’s member also those visible to members, the own firm and staff all', async () => {
    expect(await contacts(null)).toEqual([persons.public.name]);
    expect(await contacts(memberOther)).toEqual([persons.members.name, persons.public.name].sort());
    expect(await contacts(memberOwn)).toEqual(Object.values(persons).map((p) => p.name).sort());
    expect(await contacts(staff)).toEqual(Object.values(persons).map((p) => p.name).sort());
  });

  it('decides in code as the database filter does', () => {
    const viewers = [null, { id: 'a', role: 'member' as const, firmIds: ['F-CZ'] }, { id: 'b', role: 'member' as const, firmIds: ['F-DE'] }, { id: 'c', role: 'staff' as const, firmIds: [] }];
    const seen = viewers.map((viewer) => (['staff', 'members', 'public'] as const).filter((consent) => maySeePerson(viewer, { consent, of: 'F-DE' })));
    expect(seen).toEqual([['public'], ['members', 'public'], ['staff', 'members', 'public'], ['staff', 'members', 'public']]);
  });

  it('never puts a person into profiles, search or networks', async () => {
    for (const url of ['/api/firms/F-DE', '/api/search?q=Verborgen', '/api/search?q=Petra', '/api/firms?limit=50', '/api/network/ego?id=F-DE&hops=2', '/api/network/cluster?region=DED21']) {
      for (const who of [null, staff]) {
        const answer = await app.inject({ method: 'GET', url, headers: who?.headers ?? {} });
        expect(answer.statusCode, `${url}: ${answer.body}`).toBe(200);
        expect(answer.body).not.toMatch(/Verborgen|Členský|Öffentlich|elbtal\.example|CONTACT_OF/);
      }
    }
  });

  it('re-dates the consent when it changes and records who changed it', async () => {
    const response = await app.inject({ method: 'PATCH', url: `/api/contacts/${ids.members}`, headers: staff.headers, payload: { consent: 'staff' } });
    expect(response.json()).toMatchObject({ consent: 'staff', consentBy: staff.id });
    expect(await contacts(memberOther)).toEqual([persons.public.name]);
    await app.inject({ method: 'PATCH', url: `/api/contacts/${ids.members}`, headers: staff.headers, payload: { consent: 'members' } });
  });
});

describe('changing a person', () => {
  it('removes a detail sent as null, keeps the others, and refuses null for the name', async () => {
    const id = ids.members!;
    const change = (payload: object) => app.inject({ method: 'PATCH', url: `/api/contacts/${id}`, headers: memberOwn.headers, payload });
    const changed = await change({ phone: null });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).not.toHaveProperty('phone');
    expect(changed.json()).toMatchObject({ email: persons.members.email });
    const refused = await change({ name: null });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'VALIDATION', field: '/body/name' });
    expect((await change({ phone: persons.members.phone })).json()).toMatchObject({ phone: persons.members.phone });
  });
});

describe('export and erasure', () => {
  it('exports everything held about a person as JSON, for staff', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/contacts/${ids.public}/export`, headers: memberOwn.headers })).statusCode).toBe(403);
    const response = await app.inject({ method: 'GET', url: `/api/contacts/${ids.public}/export`, headers: staff.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    const data = response.json();
    expect(data.person).toMatchObject({ name: persons.public.name, email: persons.public.email, phone: persons.public.phone, languages: ['de', 'cs'] });
    expect(data.audit[0]).toMatchObject({ action: 'create', nodeId: ids.public });
  });

  it('erases a person: gone from every answer, and the audit keeps a tombstone without a name', async () => {
    const person = persons.staff;
    await app.inject({ method: 'PATCH', url: `/api/contacts/${ids.staff}`, headers: memberOwn.headers, payload: { phone: '+49 351 999999' } });
    expect((await app.inject({ method: 'POST', url: `/api/contacts/${ids.staff}/erase`, headers: staff.headers })).statusCode).toBe(204);

    expect(await contacts(staff)).not.toContain(person.name);
    expect((await app.inject({ method: 'GET', url: `/api/contacts/${ids.staff}/export`, headers: staff.headers })).statusCode).toBe(404);
    const histories = await Promise.all(
      [`node=${ids.staff}`, 'node=F-DE', `user=${memberOwn.id}`, `user=${staff.id}`].map((q) =>
        app.inject({ method: 'GET', url: `/api/audit?${q}`, headers: staff.headers }),
      ),
    );
    for (const history of histories) {
      expect(history.statusCode).toBe(200);
      expect(history.body).not.toMatch(/Ulrike|Verborgen|ulrike\.verborgen|111111|999999/);
    }
    const personHistory = histories[0]!.json().items as { action: string; nodeName: string | null; changes: unknown[] }[];
    expect(personHistory[0]).toMatchObject({ action: 'erase', nodeName: null, changes: [] });
    expect(personHistory.length).toBeGreaterThan(1);
    expect(personHistory.every((entry) => entry.nodeName === null && entry.changes.length === 0)).toBe(true);
  });
});
