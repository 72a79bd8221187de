// Invitations (one-time links valid for 7 days, e-mailed where a mailer is set up), password change
// and reset, and the admins' list of accounts. The app runs on a clock the tests move forward, and
// sends its e-mails through nodemailer's JSON transport, which keeps them for the test to read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { nodemailerMailer, type MailMessage, type Mailer } from '../../server/src/auth/mail';
import { AccountsRepository } from '../../server/src/plugins/app/accounts-repository';
import { importDataset } from '../../seed/src/import';
import { createAccount, newPassword, signIn, testPassword, type SignedIn } from '../setup/accounts';
import { testDatabase } from '../setup/database';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
let now = Date.parse('2026-03-02T08:00:00Z');
const days = (n: number) => n * 24 * 60 * 60 * 1000;
const clock = () => new Date(now);
const accounts = new AccountsRepository(db.runner, clock);

const sent: MailMessage[] = [];
const jsonMailer = nodemailerMailer({ jsonTransport: true }, 'Grenzland-Netz <no-reply@test.example>');
const mailer: Mailer = {
  async send(message) {
    await jsonMailer.send(message);
    sent.push(message);
  },
};

let staff: SignedIn;
let admin: SignedIn;
let member: SignedIn;

beforeAll(async () => {
  await db.reset();
  await importDataset(db.runner, {
    nodes: {
      Firm: [
        { id: 'F-DE', props: { name: 'Elbtal Drehteile GmbH', size: 'small', country: 'DE' } },
        { id: 'F-CZ', props: { name: 'Labe Strojírna s.r.o.', size: 'medium', country: 'CZ' } },
      ],
    },
    rels: {},
  });
  app = await buildApp({ driver: db.driver, clock, mailer, publicUrl: 'https://netz.example' });
  const signedInAs = async (role: 'member' | 'staff' | 'admin', firmIds: string[] = []) => {
    const account = await createAccount(db.runner, role, firmIds);
    const session = await signIn(app, account.email);
    return { ...session, id: account.id };
  };
  staff = await signedInAs('staff');
  admin = await signedInAs('admin');
  member = await signedInAs('member', ['F-DE']);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who: SignedIn | null, payload?: object) =>
  app.inject({ method, url, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });
const tokenOf = (link: string) => link.split('#')[1]!;

describe('an invitation', () => {
  let link = '';

  it('is made by staff only', async () => {
    const body = { email: 'jana.novakova@labe.example', firmIds: ['F-CZ'], language: 'cs' };
    expect((await call('POST', '/api/invitations', null, body)).statusCode).toBe(401);
    expect((await call('POST', '/api/invitations', member, body)).statusCode).toBe(403);
    const created = await call('POST', '/api/invitations', staff, body);
    expect(created.statusCode, created.body).toBe(201);
    const invitation = created.json();
    expect(invitation).toMatchObject({ email: 'jana.novakova@labe.example', firmIds: ['F-CZ'], emailed: true, expiresAt: '2026-03-09T08:00:00.000Z' });
    expect(invitation.link).toMatch(/^https:\/\/netz\.example\/cs\/invitation#[\w-]{40,}$/);
    link = invitation.link;
  });

  it('is e-mailed in its language with the link', async () => {
    const mail = sent.at(-1)!;
    expect(mail).toMatchObject({ to: 'jana.novakova@labe.example', subject: 'Pozvánka do Grenzland-Netz' });
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('Labe Strojírna s.r.o.');
  });

  it('is listed for staff without its token, and refused for unknown firms and taken addresses', async () => {
    const open = (await call('GET', '/api/invitations', staff)).json().items;
    expect(open).toEqual([expect.objectContaining({ email: 'jana.novakova@labe.example', firms: [{ id: 'F-CZ', name: 'Labe Strojírna s.r.o.' }] })]);
    expect(JSON.stringify(open)).not.toContain(tokenOf(link));
    expect((await call('POST', '/api/invitations', staff, { email: 'x@y.example', firmIds: ['F-NONE'], language: 'de' })).json()).toMatchObject({
      statusCode: 400,
      field: '/body/firmIds/0',
    });
    expect((await call('POST', '/api/invitations', staff, { email: member.email, firmIds: ['F-DE'], language: 'de' })).json()).toMatchObject({
      statusCode: 409,
      field: '/body/email',
    });
  });

  it('shows the visitor who opens it what it invites to', async () => {
    const preview = await call('GET', `/api/invitations/accept?token=${tokenOf(link)}`, null);
    expect(preview.json()).toEqual({ email: 'jana.novakova@labe.example', name: null, firms: [{ id: 'F-CZ', name: 'Labe Strojírna s.r.o.' }], expiresAt: '2026-03-09T08:00:00.000Z' });
    expect((await call('GET', '/api/invitations/accept?token=nothing', null)).statusCode).toBe(404);
  });

  it('is accepted once: name and password make a member of its firms, signed in', async () => {
    const short = await call('POST', '/api/invitations/accept', null, { token: tokenOf(link), name: 'Jana Nováková', password: 'short' });
    expect(short.json()).toMatchObject({ statusCode: 400, code: 'PASSWORD_TOO_SHORT', field: '/body/password' });
    const accepted = await call('POST', '/api/invitations/accept', null, { token: tokenOf(link), name: 'Jana Nováková', password: testPassword });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().user).toMatchObject({ name: 'Jana Nováková', role: 'member', language: 'cs', firmIds: ['F-CZ'], firms: [{ id: 'F-CZ', name: 'Labe Strojírna s.r.o.' }] });
    const cookie = accepted.cookies.find((c) => c.name === 'gn_session')!;
    expect(cookie.httpOnly).toBe(true);
    const session = (await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `gn_session=${cookie.value}` } })).json();
    expect(session.user.email).toBe('jana.novakova@labe.example');
    expect((await signIn(app, 'jana.novakova@labe.example')).status).toBe(200);
    const again = await call('POST', '/api/invitations/accept', null, { token: tokenOf(link), name: 'Someone', password: testPassword });
    expect(again.statusCode).toBe(404);
    expect((await call('GET', '/api/invitations', staff)).json()).toEqual({ items: [] });
  });

  it('expires after 7 days', async () => {
    const created = (await call('POST', '/api/invitations', staff, { email: 'late@firma.example', firmIds: ['F-DE'], language: 'de' })).json();
    now += days(7) + 1000;
    try {
      expect((await call('GET', `/api/invitations/accept?token=${tokenOf(created.link)}`, null)).json()).toMatchObject({ statusCode: 410, code: 'LINK_INVALID' });
      const late = await call('POST', '/api/invitations/accept', null, { token: tokenOf(created.link), name: 'Late', password: testPassword });
      expect(late.json()).toMatchObject({ statusCode: 410, code: 'LINK_INVALID', field: '/body/token' });
      expect((await accounts.findByEmail('late@firma.example'))).toBeNull();
    } finally {
      now -= days(7) + 1000;
    }
  });

  it('is withdrawn by staff: its link stops working', async () => {
    const created = (await call('POST', '/api/invitations', staff, { email: 'withdrawn@firma.example', firmIds: ['F-DE'], language: 'en' })).json();
    expect((await call('DELETE', `/api/invitations/${created.id}`, member)).statusCode).toBe(403);
    expect((await call('DELETE', `/api/invitations/${created.id}`, staff)).statusCode).toBe(204);
    expect((await call('GET', `/api/invitations/accept?token=${tokenOf(created.link)}`, null)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/invitations/${created.id}`, staff)).statusCode).toBe(404);
  });
});

describe('a password', () => {
  it('is changed with the current one; other sessions end, this one goes on', async () => {
    const account = await createAccount(db.runner, 'member', ['F-DE']);
    const first = await signIn(app, account.email);
    const second = await signIn(app, account.email);
    const wrong = await call('POST', '/api/auth/password', first, { current: newPassword(), password: newPassword() });
    expect(wrong.json()).toMatchObject({ statusCode: 400, code: 'INVALID_CREDENTIALS', field: '/body/current' });
    const changedTo = newPassword();
    const changed = await call('POST', '/api/auth/password', first, { current: testPassword, password: changedTo });
    expect(changed.statusCode, changed.body).toBe(200);
    const cookie = changed.cookies.find((c) => c.name === 'gn_session')!;
    const me = (headers: Record<string, string>) => app.inject({ method: 'GET', url: '/api/auth/session', headers }).then((r) => r.json().user);
    expect(await me({ cookie: `gn_session=${cookie.value}` })).toMatchObject({ email: account.email });
    expect(await me({ cookie: second.cookie })).toBeNull();
    expect((await signIn(app, account.email)).status).toBe(401);
    expect((await signIn(app, account.email, changedTo)).status).toBe(200);
  });

  it('is reset by a link an admin makes, once and within a day', async () => {
    const account = await createAccount(db.runner, 'member', ['F-CZ']);
    expect((await call('POST', `/api/users/${account.id}/reset-link`, staff)).statusCode).toBe(403);
    const offer = (await call('POST', `/api/users/${account.id}/reset-link`, admin)).json();
    expect(offer.link).toMatch(/^https:\/\/netz\.example\/de\/reset#/);
    const resetTo = newPassword();
    const reset = await call('POST', '/api/auth/reset', null, { token: tokenOf(offer.link), password: resetTo });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().user.email).toBe(account.email);
    expect((await signIn(app, account.email, resetTo)).status).toBe(200);
    expect((await call('POST', '/api/auth/reset', null, { token: tokenOf(offer.link), password: newPassword() })).json()).toMatchObject({ statusCode: 410 });

    const later = (await call('POST', `/api/users/${account.id}/reset-link`, admin)).json();
    now += days(1) + 1000;
    try {
      expect((await call('POST', '/api/auth/reset', null, { token: tokenOf(later.link), password: newPassword() })).statusCode).toBe(410);
    } finally {
      now -= days(1) + 1000;
    }
    expect((await call('POST', '/api/users/U-none/reset-link', admin)).statusCode).toBe(404);
  });

  it('is reset on request by e-mail; the answer never tells whether the address has an account', async () => {
    const account = await createAccount(db.runner, 'member', ['F-DE']);
    const before = sent.length;
    const unknown = await call('POST', '/api/auth/reset-request', null, { email: 'nobody@nowhere.example' });
    const known = await call('POST', '/api/auth/reset-request', null, { email: account.email.toUpperCase() });
    expect([unknown.statusCode, known.statusCode]).toEqual([202, 202]);
    expect(unknown.body).toBe(known.body);
    expect(sent.slice(before).map((m) => m.to)).toEqual([account.email]);
    const link = /https:\/\/netz\.example\/de\/reset#\S+/.exec(sent.at(-1)!.text)![0];
    expect((await call('POST', '/api/auth/reset', null, { token: tokenOf(link), password: newPassword() })).statusCode).toBe(200);
  });
});

describe('accounts, for admins', () => {
  it('are listed for admins only, with role and firms', async () => {
    expect((await call('GET', '/api/users', staff)).statusCode).toBe(403);
    const users = (await call('GET', '/api/users', admin)).json().items;
    expect(users.find((u: { id: string }) => u.id === member.id)).toMatchObject({ role: 'member', firms: [{ id: 'F-DE', name: 'Elbtal Drehteile GmbH' }] });
    expect(JSON.stringify(users)).not.toContain('passwordHash');
  });

  it('change role and firms; the account signs in again to use them', async () => {
    const account = await createAccount(db.runner, 'member', ['F-DE']);
    const session = await signIn(app, account.email);
    const changed = await call('PATCH', `/api/users/${account.id}`, admin, { role: 'staff', firmIds: ['F-CZ'] });
    expect(changed.json()).toMatchObject({ id: account.id, role: 'staff', firms: [{ id: 'F-CZ', name: 'Labe Strojírna s.r.o.' }] });
    expect((await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: session.cookie } })).json().user).toBeNull();
    expect((await call('PATCH', `/api/users/${account.id}`, admin, { firmIds: ['F-NONE'] })).json()).toMatchObject({ statusCode: 400, field: '/body/firmIds/0' });
    expect((await call('PATCH', `/api/users/${account.id}`, staff, { role: 'admin' })).statusCode).toBe(403);
  });

  it('keep at least one admin', async () => {
    const refused = await call('PATCH', `/api/users/${admin.id}`, admin, { role: 'staff' });
    expect(refused.json()).toMatchObject({ statusCode: 409, code: 'LAST_ADMIN', field: '/body/role' });
  });
});
