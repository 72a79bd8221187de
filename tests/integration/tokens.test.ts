// API tokens: shown once and kept only as a hash, acting with at most the account's role, needing no
// CSRF token (they are no ambient credential), and refused once revoked.
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
    Firm: [
      { id: 'F-DE', props: { name: 'Elbtal Drehteile GmbH', size: 'small', country: 'DE' } },
      { id: 'F-X', props: { name: 'Dritte Firma GmbH', size: 'micro', country: 'DE' } },
    ],
  },
  rels: {},
};

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const newToken = async (who: SignedIn, payload: object) => app.inject({ method: 'POST', url: '/api/tokens', headers: who.headers, payload });

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

describe('API tokens', () => {
  it('is shown once, writes without a CSRF token, and stops working when revoked', async () => {
    const created = await newToken(staff, { name: 'Nightly import' });
    expect(created.statusCode, created.body).toBe(201);
    const { id, token, role } = created.json();
    expect(role).toBe('staff');
    expect(token).toMatch(/^gn_/);

    const listed = await app.inject({ method: 'GET', url: '/api/tokens', headers: staff.headers });
    expect(listed.json().items).toEqual([expect.objectContaining({ id, name: 'Nightly import', revokedAt: null })]);
    expect(listed.body).not.toContain(token);

    const write = await app.inject({ method: 'PATCH', url: '/api/firms/F-X', headers: bearer(token), payload: { town: 'Pirna' } });
    expect(write.statusCode, write.body).toBe(200);

    expect((await app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: staff.headers })).statusCode).toBe(204);
    const after = await app.inject({ method: 'PATCH', url: '/api/firms/F-X', headers: bearer(token), payload: { town: 'Dresden' } });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await app.inject({ method: 'GET', url: '/api/firms/F-X' })).json().town).toBe('Pirna');
  });

  it('acts with a lower role when asked, never a higher one', async () => {
    const asMember = (await newToken(staff, { name: 'Read and own firm only', role: 'member' })).json();
    const refused = await app.inject({ method: 'PATCH', url: '/api/firms/F-X', headers: bearer(asMember.token), payload: { town: 'Freital' } });
    expect(refused.statusCode).toBe(403);
    const higher = await newToken(member, { name: 'Sneaky', role: 'admin' });
    expect(higher.statusCode).toBe(403);
    expect(higher.json()).toMatchObject({ code: 'FORBIDDEN', field: '/body/role' });
    const own = (await newToken(member, { name: 'Profile sync' })).json();
    expect((await app.inject({ method: 'PATCH', url: '/api/firms/F-DE', headers: bearer(own.token), payload: { town: 'Pirna' } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'PATCH', url: '/api/firms/F-X', headers: bearer(own.token), payload: { town: 'Pirna' } })).statusCode).toBe(403);
  });

  it('cannot be revoked by another account, and an unknown token is refused', async () => {
    const token = (await newToken(staff, { name: 'Mine' })).json();
    expect((await app.inject({ method: 'DELETE', url: `/api/tokens/${token.id}`, headers: member.headers })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/firms/F-X', headers: bearer('gn_made-up') })).statusCode).toBe(401);
  });
});
