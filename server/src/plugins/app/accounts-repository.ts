// Accounts, sessions and the first-admin link. Accounts are (:User) nodes outside the public graph
// (no Entity label), so entity, search and network queries never reach them.
import { randomBytes } from 'node:crypto';
import fp from 'fastify-plugin';
import { ApiError } from '../../errors';
import { readQuery, writeQuery } from '../../graph/queries';
import type { QueryRunner } from '../../graph/runner';
import { hashPassword, maxPasswordLength, minPasswordLength, passwordProblem, verifyPassword } from '../../auth/passwords';
import { hasRole, type AuthUser, type Role } from '../../auth/roles';
import { newToken, tokenHash } from '../../auth/secrets';
import { sessionLimits } from '../../auth/sessions';

const createUser = writeQuery<{ id: string }>('accounts/create-user');
const getUserByEmail = readQuery<{ id: string; role: Role; passwordHash: string }>('accounts/get-user-by-email');
const setPassword = writeQuery<{ id: string }>('accounts/set-password');
const listUsers = readQuery<UserRow>('accounts/list-users');
const countAdmins = readQuery<{ admins: number }>('accounts/count-admins');
const createSession = writeQuery<{ userId: string }>('accounts/create-session');
const getSession = readQuery<{ user: SessionUser; csrfToken: string; lastSeenAt: string }>('accounts/get-session');
const touchSession = writeQuery<{ tokenHash: string }>('accounts/touch-session');
const deleteSession = writeQuery<{ deleted: number }>('accounts/delete-session');
const deleteExpiredSessions = writeQuery<{ deleted: number }>('accounts/delete-expired-sessions');
const replaceSetupToken = writeQuery<{ expiresAt: string }>('accounts/replace-setup-token');
const useSetupToken = writeQuery<{ valid: boolean }>('accounts/use-setup-token');
const findDemoFirms = readQuery<{ de: FirmName; cz: FirmName }>('accounts/find-demo-firms');
const createToken = writeQuery<{ token: Omit<ApiToken, 'revokedAt'> }>('accounts/create-token');
const listTokens = readQuery<{ token: Omit<ApiToken, 'revokedAt'> & { revokedAt?: string } }>('accounts/list-tokens');
const revokeToken = writeQuery<{ id: string }>('accounts/revoke-token');
const getTokenUser = readQuery<{ user: SessionUser; tokenRole: Role }>('accounts/get-token-user');
const getKinds = readQuery<{ id: string; kind: string | null }>('entities/get-kinds');
const getUser = readQuery<{ id: string; role: Role; passwordHash: string; email: string }>('accounts/get-user');
const updateUser = writeQuery<{ id: string }>('accounts/update-user');
const replaceResetToken = writeQuery<{ expiresAt: string; email: string; language: Language }>('accounts/replace-reset-token');
const useResetToken = writeQuery<{ userId: string }>('accounts/use-reset-token');

export type Language = 'de' | 'cs' | 'en';

interface FirmName {
  id: string;
  name: string;
}

export interface SessionUser extends AuthUser {
  email: string;
  name: string;
  language: Language;
  firms: FirmName[];
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  language: Language;
  createdAt: string;
  firms: { id: string; name: string; kind: string }[];
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  firmIds?: string[];
  language?: Language;
}

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

export interface Session {
  token: string;
  csrfToken: string;
  user: SessionUser;
}

const passwordError = (problem: 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG', field: string) =>
  new ApiError(
    400,
    problem,
    (t) => (problem === 'PASSWORD_TOO_SHORT' ? t.access.passwordTooShort({ min: minPasswordLength }) : t.access.passwordTooLong({ max: maxPasswordLength })),
    field,
  );

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const userFields = { email: '/body/email', password: '/body/password', firmIds: '/body/firmIds' };

/** How long a password reset link works. */
export const resetLinkMs = 24 * 60 * 60 * 1000;

const noAccount = (id: string) => new ApiError(404, 'NOT_FOUND', (t) => t.errors.notFound({ kind: 'account', id }), '/params/id');

const newUserId = () => `U-${randomBytes(6).toString('hex')}`;

export class AccountsRepository {
  constructor(
    private readonly runner: QueryRunner,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private now = () => this.clock().toISOString();
  private later = (ms: number) => new Date(this.clock().getTime() + ms).toISOString();

  /** A new account; its password must be acceptable and its firms must exist. */
  async createUser(user: NewUser, fields = userFields): Promise<string> {
    const params = await this.prepareUser(user, fields);
    const [row] = await this.runner.run(createUser, params);
    return row!.id;
  }

  /** The first admin, through the one-time link: the link is spent and the account made together. */
  async createFirstAdmin(token: string, user: Omit<NewUser, 'role'>, fields = userFields): Promise<string | null> {
    const params = await this.prepareUser({ ...user, role: 'admin', firmIds: [] }, fields);
    return this.runner.write(async (tx) => {
      const [spent] = await tx.run(useSetupToken, { tokenHash: tokenHash(token), now: this.now() });
      if (spent?.valid !== true) return null;
      const [row] = await tx.run(createUser, params);
      return row!.id;
    });
  }

  /** Checks a new account and turns it into the parameters of create-user. */
  async prepareUser(user: NewUser, fields: typeof userFields) {
    const problem = passwordProblem(user.password);
    if (problem) throw passwordError(problem, fields.password);
    const firmIds = await this.checkFirms(user.firmIds ?? [], fields.firmIds);
    const email = await this.checkEmailFree(user.email, fields.email);
    return {
      id: newUserId(),
      email,
      name: user.name.trim(),
      role: user.role,
      passwordHash: await hashPassword(user.password),
      language: user.language ?? 'de',
      firmIds,
      now: this.now(),
    };
  }

  /** The firms and institutes an account is to belong to, each checked to exist (400 at its index). */
  async checkFirms(ids: string[], field: string): Promise<string[]> {
    const firmIds = [...new Set(ids)];
    if (firmIds.length === 0) return firmIds;
    const found = new Map((await this.runner.run(getKinds, { ids: firmIds })).map((row) => [row.id, row.kind]));
    const index = ids.findIndex((id) => found.get(id) !== 'firm' && found.get(id) !== 'institute');
    if (index >= 0) {
      const id = ids[index]!;
      throw new ApiError(400, 'UNKNOWN_REFERENCE', (t) => t.access.noFirm({ id }), `${field}/${index}`);
    }
    return firmIds;
  }

  /** The e-mail address, normalised, when no account has it yet (else 409). */
  async checkEmailFree(address: string, field: string): Promise<string> {
    const email = normaliseEmail(address);
    if ((await this.runner.run(getUserByEmail, { email })).length > 0) {
      throw new ApiError(409, 'DUPLICATE', (t) => t.access.emailTaken({ email }), field);
    }
    return email;
  }

  async findByEmail(email: string) {
    const [row] = await this.runner.run(getUserByEmail, { email: normaliseEmail(email) });
    return row ?? null;
  }

  /** Sets a new password (checked) and ends every session of the account. */
  async setPassword(userId: string, password: string, field = '/body/password'): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) throw passwordError(problem, field);
    await this.runner.run(setPassword, { id: userId, passwordHash: await hashPassword(password), now: this.now() });
  }

  listUsers(): Promise<UserRow[]> {
    return this.runner.run(listUsers);
  }

  /** A new password for a signed-in account that knows its current one; its other sessions end. */
  async changePassword(userId: string, current: string, password: string): Promise<Session> {
    const [account] = await this.runner.run(getUser, { id: userId });
    if (!(await verifyPassword(account?.passwordHash ?? null, current))) {
      throw new ApiError(400, 'INVALID_CREDENTIALS', (t) => t.access.currentPasswordWrong, '/body/current');
    }
    await this.setPassword(userId, password);
    return this.startSession(userId);
  }

  /** Changes an account's role and firms; the last admin keeps its role. Its sessions end. */
  async updateUser(id: string, change: { role?: Role; firmIds?: string[] }): Promise<UserRow> {
    const [account] = await this.runner.run(getUser, { id });
    if (!account) throw noAccount(id);
    const firmIds = change.firmIds === undefined ? null : await this.checkFirms(change.firmIds, '/body/firmIds');
    if (change.role && change.role !== 'admin' && account.role === 'admin' && (await this.adminCount()) <= 1) {
      throw new ApiError(409, 'LAST_ADMIN', (t) => t.access.lastAdmin, '/body/role');
    }
    await this.runner.run(updateUser, { id, role: change.role ?? null, firmIds });
    return (await this.listUsers()).find((user) => user.id === id)!;
  }

  /** A one-time link token that sets a new password for the account within a day; null: no such account. */
  async offerReset(userId: string): Promise<{ token: string; expiresAt: string; email: string; language: Language } | null> {
    const token = newToken();
    const [row] = await this.runner.run(replaceResetToken, { userId, tokenHash: tokenHash(token), expiresAt: this.later(resetLinkMs) });
    return row ? { token, ...row, expiresAt: new Date(row.expiresAt).toISOString() } : null;
  }

  /** Sets the password with a reset link's token (spent with it) and signs in; null when the link is not valid. */
  async reset(token: string, password: string): Promise<Session | null> {
    const problem = passwordProblem(password);
    if (problem) throw passwordError(problem, '/body/password');
    const passwordHash = await hashPassword(password);
    const userId = await this.runner.write(async (tx) => {
      const [row] = await tx.run(useResetToken, { tokenHash: tokenHash(token), now: this.now() });
      if (!row) return null;
      await tx.run(setPassword, { id: row.userId, passwordHash, now: this.now() });
      return row.userId;
    });
    return userId ? this.startSession(userId) : null;
  }

  async adminCount(): Promise<number> {
    const [row] = await this.runner.run(countAdmins);
    return row?.admins ?? 0;
  }

  /** Checks e-mail and password; a new session when they match, else null. */
  async signIn(email: string, password: string): Promise<Session | null> {
    const account = await this.findByEmail(email);
    if (!(await verifyPassword(account?.passwordHash ?? null, password)) || !account) return null;
    return this.startSession(account.id);
  }

  async startSession(userId: string): Promise<Session> {
    const token = newToken();
    const csrfToken = newToken();
    await this.runner.run(deleteExpiredSessions, { now: this.now() });
    await this.runner.run(createSession, {
      userId,
      tokenHash: tokenHash(token),
      csrfToken,
      now: this.now(),
      expiresAt: this.later(sessionLimits.idleMs),
      endsAt: this.later(sessionLimits.maxMs),
    });
    const session = await this.session(token);
    return { token, ...session! };
  }

  /** The account behind a session token while the session lasts; keeps a session in use alive. */
  async session(token: string): Promise<{ user: SessionUser; csrfToken: string } | null> {
    const hash = tokenHash(token);
    const [row] = await this.runner.run(getSession, { tokenHash: hash, now: this.now() });
    if (!row) return null;
    if (this.clock().getTime() - Date.parse(row.lastSeenAt) > sessionLimits.touchMs) {
      await this.runner.run(touchSession, { tokenHash: hash, now: this.now(), expiresAt: this.later(sessionLimits.idleMs) });
    }
    return { user: row.user, csrfToken: row.csrfToken };
  }

  async signOut(token: string): Promise<void> {
    await this.runner.run(deleteSession, { tokenHash: tokenHash(token) });
  }

  /** A new API token, acting with `role` (checked by the caller to be at most the account's); shown once. */
  async createToken(userId: string, name: string, role: Role): Promise<ApiToken & { token: string }> {
    const token = `gn_${newToken()}`;
    const [row] = await this.runner.run(createToken, {
      userId,
      id: `T-${randomBytes(6).toString('hex')}`,
      name,
      role,
      tokenHash: tokenHash(token),
      now: this.now(),
    });
    return { ...row!.token, revokedAt: null, token };
  }

  async tokens(userId: string): Promise<ApiToken[]> {
    return (await this.runner.run(listTokens, { userId })).map((row) => ({ ...row.token, revokedAt: row.token.revokedAt ?? null }));
  }

  /** False when the account has no such token. */
  async revokeToken(userId: string, id: string): Promise<boolean> {
    return (await this.runner.run(revokeToken, { userId, id, now: this.now() })).length > 0;
  }

  /** The account behind a token, acting with the lower of the token's and the account's role. */
  async tokenUser(token: string): Promise<SessionUser | null> {
    const [row] = await this.runner.run(getTokenUser, { tokenHash: tokenHash(token) });
    if (!row) return null;
    return { ...row.user, role: hasRole({ ...row.user, role: row.tokenRole }, row.user.role) ? row.user.role : row.tokenRole };
  }

  /** A German and a Czech firm that trade with each other, for the demo accounts; null without demo data. */
  async demoFirms(): Promise<{ de: FirmName; cz: FirmName } | null> {
    const [row] = await this.runner.run(findDemoFirms);
    return row ?? null;
  }

  /** A one-time link token that creates the first admin within the hour; earlier ones stop working. */
  async offerFirstAdmin(): Promise<{ token: string; expiresAt: string }> {
    const token = newToken();
    const [row] = await this.runner.run(replaceSetupToken, { tokenHash: tokenHash(token), expiresAt: this.later(60 * 60 * 1000) });
    return { token, expiresAt: row!.expiresAt };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    accountsRepository: AccountsRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('accountsRepository', new AccountsRepository(app.runner, app.clock));
  },
  { name: 'accounts-repository', dependencies: ['neo4j'] },
);
