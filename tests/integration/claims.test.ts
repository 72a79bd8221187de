// Claims: a member of F-DE enters "F-CZ supplies us P-1"; it stands as claimed until a member of
// F-CZ (the other side) confirms it from their inbox, and staff may then verify it. A claim can be
// rejected instead, which removes it. Analyses asked for confirmed links only leave claims out.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from '../setup/accounts';
import { apiOver } from '../setup/api';
import { fixture } from '../setup/fixtures';

const graph = fixture()
  .firm('F-DE', { name: 'Elbtal Drehteile GmbH', district: 'DED21' })
  .firm('F-CZ', { name: 'Labe Strojírna s.r.o.', district: 'CZ042' })
  .firm('F-X', { name: 'Dritte Firma GmbH', district: 'DED41' })
  .product('P-1', { name: 'Drehteile', nameCs: 'Soustružené díly', category: 'c1' })
  .offers('F-CZ', 'P-1')
  .needs('F-DE', 'P-1');

const api = apiOver(graph);
let memberDe: SignedIn;
let memberCz: SignedIn;
let memberX: SignedIn;
let staff: SignedIn;

beforeAll(async () => {
  memberDe = await signedIn(api.app(), api.db.runner, 'member', ['F-DE']);
  memberCz = await signedIn(api.app(), api.db.runner, 'member', ['F-CZ']);
  memberX = await signedIn(api.app(), api.db.runner, 'member', ['F-X']);
  staff = await signedIn(api.app(), api.db.runner, 'staff');
});

const supply = { type: 'SUPPLIES', from: 'F-CZ', to: 'F-DE', product: 'P-1' };
const cooperation = { type: 'COOPERATES_WITH', from: 'F-DE', to: 'F-CZ' };
const post = (url: string, who: SignedIn | null, payload: object, headers: Record<string, string> = who?.headers ?? {}) =>
  api.app().inject({ method: 'POST', url, payload, headers });
const get = (url: string, who: SignedIn | null) => api.app().inject({ method: 'GET', url, headers: who?.headers ?? {} });
const supplyLink = async () => {
  const firm = (await get('/api/firms/F-DE', null)).json();
  return firm.relations.find((r: { type: string; other: { id: string } }) => r.type === 'SUPPLIES' && r.other.id === 'F-CZ');
};
const p1Risks = async (query = '') =>
  (await get(`/api/risk/firm?firm=F-DE${query}`, null)).json().products.find((p: { product: { id: string } }) => p.product.id === 'P-1').risks;

describe('a claimed supply link', () => {
  it('is entered by one side as a claim', async () => {
    const created = await post('/api/relationships', memberDe, supply);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ standing: 'claimed' });
    expect(await supplyLink()).toMatchObject({ properties: { standing: 'claimed', source: 'user', enteredBy: memberDe.id } });
  });

  it('waits in the inbox of the other side only, and in the staff inbox', async () => {
    const inbox = (who: SignedIn) => get('/api/inbox', who).then((r) => r.json().claims);
    expect(await inbox(memberCz)).toEqual([
      expect.objectContaining({
        type: 'SUPPLIES',
        from: { id: 'F-CZ', name: 'Labe Strojírna s.r.o.' },
        to: { id: 'F-DE', name: 'Elbtal Drehteile GmbH' },
        product: 'P-1',
        productNames: { name: 'Drehteile', nameDe: null, nameCs: 'Soustružené díly', nameEn: null },
        enteredBy: { name: 'Test member' },
      }),
    ]);
    expect(await inbox(memberDe)).toEqual([]);
    expect(await inbox(memberX)).toEqual([]);
    expect((await inbox(staff)).map((c: { from: { id: string } }) => c.from.id)).toEqual(['F-CZ']);
    expect((await get('/api/inbox', null)).statusCode).toBe(401);
  });

  it('does not count where only confirmed links are asked for', async () => {
    expect(await p1Risks()).toEqual(['SINGLE_SOURCE']);
    expect(await p1Risks('&confirmedOnly=true')).toEqual(['NO_SUPPLIER']);
    const chains = (await get('/api/paths/between?from=F-DE&to=F-CZ&confirmedOnly=true', null)).json();
    expect(chains.paths).toEqual([]);
  });

  it('cannot be confirmed by the side that entered it, a third firm, a visitor, or without the CSRF token', async () => {
    expect((await post('/api/relationships/confirm', memberDe, supply)).statusCode).toBe(403);
    expect((await post('/api/relationships/confirm', memberX, supply)).statusCode).toBe(403);
    expect((await post('/api/relationships/confirm', null, supply)).statusCode).toBe(401);
    const noCsrf = await post('/api/relationships/confirm', memberCz, supply, { cookie: memberCz.cookie });
    expect(noCsrf.json()).toMatchObject({ statusCode: 403, code: 'CSRF' });
    expect((await supplyLink()).properties.standing).toBe('claimed');
  });

  it('is confirmed by the other side: standing, when and by whom, and an audit entry', async () => {
    const confirmed = await post('/api/relationships/confirm', memberCz, supply);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toEqual({ type: 'SUPPLIES', from: 'F-CZ', to: 'F-DE', product: 'P-1', standing: 'confirmed' });
    const link = await supplyLink();
    expect(link.properties).toMatchObject({ standing: 'confirmed', confirmedBy: memberCz.id, enteredBy: memberDe.id, source: 'user' });
    expect(Date.parse(link.properties.confirmedAt)).toBeGreaterThanOrEqual(Date.parse(link.properties.enteredAt));
    expect(await p1Risks('&confirmedOnly=true')).toEqual(['SINGLE_SOURCE']);
    expect((await get('/api/inbox', memberCz)).json().claims).toEqual([]);
    const audit = (await get('/api/audit?user=' + memberCz.id, staff)).json().items;
    expect(audit[0]).toMatchObject({ action: 'link', links: [{ change: 'removed', properties: { standing: 'claimed' } }, { change: 'added', properties: { standing: 'confirmed' } }] });
  });

  it('is confirmed only once', async () => {
    expect((await post('/api/relationships/confirm', memberCz, supply)).json()).toMatchObject({ statusCode: 409, code: 'NOT_CLAIMED', field: '/body' });
  });

  it('is verified by staff, and by nobody else', async () => {
    expect((await post('/api/relationships/verify', memberCz, supply)).statusCode).toBe(403);
    const verified = await post('/api/relationships/verify', staff, supply);
    expect(verified.json()).toMatchObject({ standing: 'verified' });
    expect((await supplyLink()).properties).toMatchObject({ standing: 'verified', verifiedBy: staff.id, confirmedBy: memberCz.id });
  });

  it('answers 404 for a link that does not exist (403 to members: nothing of theirs to answer)', async () => {
    expect((await post('/api/relationships/confirm', staff, { ...supply, product: 'P-NONE' })).statusCode).toBe(404);
    expect((await post('/api/relationships/confirm', memberCz, { ...supply, product: 'P-NONE' })).statusCode).toBe(403);
    expect((await post('/api/relationships/verify', staff, { ...supply, from: 'F-X' })).statusCode).toBe(404);
  });
});

describe('a rejected claim', () => {
  it('is removed, and the removal audited', async () => {
    expect((await post('/api/relationships', memberDe, cooperation)).json()).toMatchObject({ standing: 'claimed' });
    expect((await post('/api/relationships/reject', memberDe, cooperation)).statusCode).toBe(403);
    const rejected = await post('/api/relationships/reject', memberCz, cooperation);
    expect(rejected.statusCode, rejected.body).toBe(204);
    const firm = (await get('/api/firms/F-DE', null)).json();
    expect(firm.relations.filter((r: { type: string }) => r.type === 'COOPERATES_WITH')).toEqual([]);
    const audit = (await get('/api/audit?user=' + memberCz.id, staff)).json().items;
    expect(audit[0]).toMatchObject({ action: 'unlink', links: [{ change: 'removed', type: 'COOPERATES_WITH', from: 'F-DE', to: 'F-CZ' }] });
  });

  it('cannot reject a link that is no claim', async () => {
    expect((await post('/api/relationships/reject', memberCz, supply)).json()).toMatchObject({ statusCode: 409, code: 'NOT_CLAIMED' });
  });
});
