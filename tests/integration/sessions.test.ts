// Sign-in, the session cookie, sign-out, expiry, the first admin's one-time link, and accounts
// staying out of every public answer. The app runs on a clock the tests move forward.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { AccountsRepository } from '../../server/src/plugins/app/accounts-repository';
import { importDataset } from '../../seed/src/import';
import type { Dataset } from '../../seed/src/dataset';
import { createAccount, newPassword, signIn, testPassword } from '../setup/accounts';
import { testDatabase } from '../setup/database';

const db = testDatabase();
let app: Awaited<ReturnType<typeof buildApp>>;
let now = Date.parse('2026-03-02T08:00:00Z');
const hours = (n: number) => n * 60 * 60 * 1000;
const clock = () => new Date(now);
const accounts = new AccountsRepository(db.runner, clock);

const fixture: Dataset = {
  nodes: {
    Region: [{ id: 'DED21', props: { name: 'Dresden', level: 'district', country: 'DE' } }],
    Firm: [
      { id: 'F-DE', props: { name: 'Elbtal Drehteile GmbH', size: 'small', country: 'DE' } },
      { id: 'F-B', props: { name: 'Bautzener Guss GmbH', size: 'small', country: 'DE' } },
    ],
  },
  rels: { LOCATED_IN: [{ from: 'F-DE', to: 'DED21' }], COOPERATES_WITH: [{ from: 'F-DE', to: 'F-B' }] },
};

beforeAll(async () => {
  await db.reset();
  await importDataset(db.runner, fixture);
  app = await buildApp({ driver: db.driver, clock }, { trustProxy: true });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const session = (cookie: string) => app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } }).then((r) => r.json());

describe('signing in and out', () => {
  it('refuses a wrong password and an unknown address alike, without a cookie', async () => {
    const { email } = await createAccount(db.runner, 'member', ['F-DE']);
    for (const payload of [
      { email, password: newPassword() },
      { email: 'nobody@test.example', password: testPassword },
    ]) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', field: '/body/password' });
      expect(response.cookies).toEqual([]);
    }
  });

  it('sets an HTTP-only SameSite cookie (Secure over HTTPS) and tells who is signed in', async () => {
    const { email } = await createAccount(db.runner, 'member', ['F-DE']);
    const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: email.toUpperCase(), password: testPassword } });
    expect(response.statusCode).toBe(200);
    const [cookie] = response.cookies;
    expect(cookie).toMatchObject({ name: 'gn_session', httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie!.secure).toBeFalsy();
    expect(response.json()).toMatchObject({ user: { email, role: 'member', firmIds: ['F-DE'] }, csrfToken: expect.any(String) });
    expect(JSON.stringify(response.json())).not.toMatch(/argon2|passwordHash/);

    const overHttps = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email, password: testPassword },
    });
    expect(overHttps.cookies[0]).toMatchObject({ secure: true, httpOnly: true });

    expect(await session(`gn_session=${cookie!.value}`)).toMatchObject({ user: { email }, csrfToken: response.json().csrfToken });
    expect(await session('gn_session=made-up')).toEqual({ user: null });
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const { email } = await createAccount(db.runner, 'staff');
    const signedIn = await signIn(app, email);
    const out = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: signedIn.headers });
    expect(out.statusCode).toBe(204);
    expect(out.cookies[0]).toMatchObject({ name: 'gn_session', value: '' });
    expect(await session(signedIn.cookie)).toEqual({ user: null });
    const write = await app.inject({ method: 'PATCH', url: '/api/firms/F-B', headers: signedIn.headers, payload: { nameEn: 'After sign-out' } });
    expect(write.statusCode).toBe(401);
  });
});

describe('session expiry', () => {
  it('ends a session after 8 hours without a request', async () => {
    const { email } = await createAccount(db.runner, 'staff');
    const signedIn = await signIn(app, email);
    now += hours(7.9);
    expect((await session(signedIn.cookie)).user).toMatchObject({ email });
    now += hours(7.9);
    expect((await session(signedIn.cookie)).user).toMatchObject({ email });
    now += hours(8.1);
    expect(await session(signedIn.cookie)).toEqual({ user: null });
    const write = await app.inject({ method: 'PATCH', url: '/api/firms/F-B', headers: signedIn.headers, payload: { nameEn: 'Expired' } });
    expect(write.statusCode).toBe(401);
    expect(write.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('ends a session in use at the latest 7 days after sign-in', async () => {
    const { email } = await createAccount(db.runner, 'staff');
    const signedIn = await signIn(app, email);
    for (let day = 0; day < 6; day++) {
      now += hours(7);
      expect((await session(signedIn.cookie)).user).toMatchObject({ email });
      now += hours(7);
      expect((await session(signedIn.cookie)).user).toMatchObject({ email });
      now += hours(7);
      expect((await session(signedIn.cookie)).user).toMatchObject({ email });
    }
    now += hours(7 * 24 - 6 * 21);
    expect(await session(signedIn.cookie)).toEqual({ user: null });
  });
});

describe('the first admin', () => {
  const body = { email: 'first.admin@test.example', name: 'Erste Admin', password: newPassword() };

  it('is made once through the link, which then stops working, and expires after an hour', async () => {
    const expired = await accounts.offerFirstAdmin();
    now += hours(1.01);
    const late = await app.inject({ method: 'POST', url: '/api/auth/first-admin', payload: { ...body, token: expired.token } });
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({ code: 'LINK_INVALID', field: '/body/token' });

    const { token } = await accounts.offerFirstAdmin();
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/first-admin', payload: { ...body, token: 'guessed' } });
    expect(wrong.statusCode).toBe(410);
    const short = await app.inject({ method: 'POST', url: '/api/auth/first-admin', payload: { ...body, token, password: 'short' } });
    expect(short.json()).toMatchObject({ statusCode: 400, code: 'PASSWORD_TOO_SHORT', field: '/body/password' });

    const made = await app.inject({ method: 'POST', url: '/api/auth/first-admin', payload: { ...body, token } });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ user: { email: body.email, role: 'admin' } });
    expect(made.cookies[0]).toMatchObject({ name: 'gn_session', httpOnly: true });
    expect(await accounts.adminCount()).toBe(1);

    const again = await app.inject({ method: 'POST', url: '/api/auth/first-admin', payload: { ...body, email: 'second@test.example', token } });
    expect(again.statusCode).toBe(410);
    // With an admin in place, even a fresh link makes no second one.
    const fresh = await accounts.offerFirstAdmin();
    const afterwards = await app.inject({ method: 'POST', url: '/api/auth/first-admin', payload: { ...body, email: 'third@test.example', token: fresh.token } });
    expect(afterwards.statusCode).toBe(410);
    expect(await accounts.adminCount()).toBe(1);
  });
});

describe('accounts stay out of public answers', () => {
  it('never returns a user from entity, search or network endpoints', async () => {
    await createAccount(db.runner, 'member', ['F-DE'], 'zdenka.horakova@test.example');
    for (const url of [
      '/api/firms/F-DE',
      '/api/search?q=zdenka',
      '/api/search?q=Elbtal',
      '/api/firms?limit=50',
      '/api/network/ego?id=F-DE&hops=2',
      '/api/network/cluster?region=DED21',
    ]) {
      const answer = await app.inject({ method: 'GET', url });
      expect(answer.statusCode, `${url}: ${answer.body}`).toBe(200);
      expect(answer.body).not.toMatch(/zdenka|horakova|BELONGS_TO|"User"|passwordHash/i);
    }
  });
});
