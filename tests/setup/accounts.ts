// Accounts for tests: made directly in the database, signed in through the API like a browser, so
// a test writes with exactly what a signed-in person sends (session cookie and CSRF header).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../server/src/auth/roles';
import { AccountsRepository } from '../../server/src/plugins/app/accounts-repository';
import type { QueryRunner } from '../../server/src/graph/runner';

/** Passwords are made per test run, never written down: no credential lives in the repository. */
export const newPassword = () => randomBytes(18).toString('base64url');
export const testPassword = newPassword();

let counter = 0;

export interface SignedIn {
  id: string;
  email: string;
  /** Headers of a browser signed in as this account: the session cookie and the CSRF token. */
  headers: { cookie: string; 'x-csrf-token': string };
  cookie: string;
  csrfToken: string;
}

export async function createAccount(runner: QueryRunner, role: Role, firmIds: string[] = [], email?: string) {
  const address = email ?? `${role}-${++counter}-${Date.now()}@test.example`;
  const id = await new AccountsRepository(runner).createUser({ email: address, name: `Test ${role}`, role, password: testPassword, firmIds });
  return { id, email: address };
}

export async function signIn(app: FastifyInstance, email: string, password = testPassword): Promise<SignedIn & { status: number }> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  const setCookie = response.cookies.find((c) => c.name === 'gn_session');
  const cookie = setCookie ? `gn_session=${setCookie.value}` : '';
  const csrfToken = response.statusCode === 200 ? (response.json().csrfToken as string) : '';
  return { id: '', email, status: response.statusCode, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** A new account of `role` (belonging to `firmIds`), signed in. */
export async function signedIn(app: FastifyInstance, runner: QueryRunner, role: Role, firmIds: string[] = []): Promise<SignedIn> {
  const account = await createAccount(runner, role, firmIds);
  const session = await signIn(app, account.email);
  if (session.status !== 200) throw new Error(`test: could not sign in as ${role} (${session.status})`);
  return { ...session, id: account.id };
}
