// Invitations: staff invite a person to become a member of firms by a one-time link, valid for a
// week; the person opens it, sets name and password, and is signed in. The database keeps only the
// token's hash. Where a mailer is set up (SMTP_URL) the link is also e-mailed in the invitation's
// language.
import { randomBytes } from 'node:crypto';
import fp from 'fastify-plugin';
import { ApiError, notFound } from '../../errors';
import { readQuery, writeQuery } from '../../graph/queries';
import type { QueryRunner } from '../../graph/runner';
import { serverTexts } from '../../i18n/index';
import { newToken, tokenHash } from '../../auth/secrets';
import type { Mailer } from '../../auth/mail';
import type { AccountsRepository, Language, Session } from './accounts-repository';
import { accountLink } from './account-links';

export const invitationMs = 7 * 24 * 60 * 60 * 1000;

export interface Invitation {
  id: string;
  email: string;
  name: string | null;
  language: Language;
  firmIds: string[];
  expiresAt: string;
  createdAt: string;
}

interface Firm {
  id: string;
  name: string;
}

const createInvitation = writeQuery<{ invitation: Invitation }>('accounts/create-invitation');
const listInvitations = readQuery<{ invitation: Invitation; firms: Firm[] }>('accounts/list-invitations');
const deleteInvitation = writeQuery<{ id: string }>('accounts/delete-invitation');
const getInvitation = readQuery<{ invitation: Omit<Invitation, 'createdAt'>; firms: Firm[]; expired: boolean }>('accounts/get-invitation');
const useInvitation = writeQuery<{ invitation: { email: string; language: Language; firmIds: string[] } }>('accounts/use-invitation');
const createUser = writeQuery<{ id: string }>('accounts/create-user');

/** Neo4j writes date-times as 2026-03-09T08:00:00Z; answers give them as JavaScript does. */
const iso = (value: string) => new Date(value).toISOString();

const invalid = () => new ApiError(404, 'NOT_FOUND', (t) => t.access.linkInvalid, '/query/token');
const expired = (field: string) => new ApiError(410, 'LINK_INVALID', (t) => t.access.invitationExpired, field);

export class InvitationsRepository {
  constructor(
    private readonly runner: QueryRunner,
    private readonly accounts: AccountsRepository,
    private readonly mail: { mailer: Mailer | null; publicUrl: string },
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A new invitation with its link (shown to staff once), e-mailed where a mailer is set up. */
  async invite(body: { email: string; name?: string; firmIds: string[]; language: Language }, invitedBy: string) {
    const email = await this.accounts.checkEmailFree(body.email, '/body/email');
    const firmIds = await this.accounts.checkFirms(body.firmIds, '/body/firmIds');
    const token = newToken();
    const now = this.clock();
    const [row] = await this.runner.run(createInvitation, {
      id: `V-${randomBytes(6).toString('hex')}`,
      tokenHash: tokenHash(token),
      email,
      name: body.name?.trim() || null,
      language: body.language,
      firmIds,
      expiresAt: new Date(now.getTime() + invitationMs).toISOString(),
      now: now.toISOString(),
      invitedBy,
    });
    const invitation = { ...row!.invitation, expiresAt: iso(row!.invitation.expiresAt) };
    const link = accountLink(this.mail.publicUrl, body.language, 'invitation', token);
    let emailed = false;
    if (this.mail.mailer) {
      const texts = serverTexts[body.language].mail;
      const firms = (await this.runner.run(getInvitation, { tokenHash: tokenHash(token), now: now.toISOString() }))[0]?.firms ?? [];
      await this.mail.mailer.send({
        to: email,
        subject: texts.invitationSubject,
        text: texts.invitationText({ firms: firms.map((f) => f.name).join(', '), link, expiresAt: invitation.expiresAt.slice(0, 10) }),
      });
      emailed = true;
    }
    return { id: invitation.id, email, firmIds, expiresAt: invitation.expiresAt, link, emailed };
  }

  /** Open invitations (not accepted, not expired), without their tokens. */
  async open() {
    const rows = await this.runner.run(listInvitations, { now: this.clock().toISOString() });
    return rows.map(({ invitation, firms }) => ({ ...invitation, expiresAt: iso(invitation.expiresAt), createdAt: iso(invitation.createdAt), firms }));
  }

  async withdraw(id: string): Promise<void> {
    const [row] = await this.runner.run(deleteInvitation, { id });
    if (!row) throw notFound('invitation', id, '/params/id');
  }

  /** What the person who opens the link is invited to; 404 unknown or used, 410 expired. */
  async find(token: string) {
    const [row] = await this.runner.run(getInvitation, { tokenHash: tokenHash(token), now: this.clock().toISOString() });
    if (!row) throw invalid();
    if (row.expired) throw expired('/query/token');
    return { email: row.invitation.email, name: row.invitation.name, firms: row.firms, expiresAt: iso(row.invitation.expiresAt) };
  }

  /** Makes the member's account (the link is spent with it) and signs them in. */
  async accept(body: { token: string; name: string; password: string }): Promise<Session> {
    const hash = tokenHash(body.token);
    const now = this.clock().toISOString();
    const [found] = await this.runner.run(getInvitation, { tokenHash: hash, now });
    if (!found) throw new ApiError(404, 'NOT_FOUND', (t) => t.access.linkInvalid, '/body/token');
    if (found.expired) throw expired('/body/token');
    const { invitation } = found;
    const params = await this.accounts.prepareUser(
      { email: invitation.email, name: body.name, role: 'member', password: body.password, firmIds: invitation.firmIds, language: invitation.language },
      { email: '/body/token', password: '/body/password', firmIds: '/body/token' },
    );
    const id = await this.runner.write(async (tx) => {
      const [spent] = await tx.run(useInvitation, { tokenHash: hash, now });
      if (!spent) return null;
      const [row] = await tx.run(createUser, params);
      return row!.id;
    });
    if (!id) throw new ApiError(404, 'NOT_FOUND', (t) => t.access.linkInvalid, '/body/token');
    return this.accounts.startSession(id);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    invitationsRepository: InvitationsRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('invitationsRepository', new InvitationsRepository(app.runner, app.accountsRepository, app.accountMail, app.clock));
  },
  { name: 'invitations-repository', dependencies: ['neo4j', 'accounts-repository', 'account-mail'] },
);
