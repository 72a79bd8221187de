// Sign-in, sign-out, the current session, and the first admin by its one-time link.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors';
import { clearSessionCookie, sessionCookie, signedInAnswer } from '../../../auth/sessions';
import { NoQuery, bodyErrors, errorResponses } from '../../../schemas/common';
import { FirstAdminBody, SessionResponse, SignInBody } from '../../../schemas/auth';
import { PasswordChangeBody, ResetBody, ResetRequestBody } from '../../../schemas/invitations';
import { accountLink } from '../../../plugins/app/account-links';
import { serverTexts } from '../../../i18n/index';

const tags = ['auth'];

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/auth/session',
    {
      config: { access: 'visitor' },
      schema: { tags, querystring: NoQuery, summary: 'Who is signed in (null for a visitor), with the CSRF token for writes', response: { 200: SessionResponse, ...errorResponses(400) } },
    },
    async (request) => (request.user ? { user: request.user, csrfToken: request.csrfToken ?? undefined } : { user: null }),
  );

  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        querystring: NoQuery,
        description: 'Sets an HTTP-only session cookie; the answer carries the CSRF token to send with writes.',
        body: SignInBody,
        response: { 200: SessionResponse, ...errorResponses(...bodyErrors, 401) },
      },
    },
    async (request, reply) => {
      const session = await app.accountsRepository.signIn(request.body.email, request.body.password);
      if (!session) throw new ApiError(401, 'INVALID_CREDENTIALS', (t) => t.access.invalidCredentials, '/body/password');
      return signedInAnswer(request, reply, session);
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { access: 'member' },
      schema: { tags, querystring: NoQuery, summary: 'End the session', response: { 204: Type.Null(), ...errorResponses(400, 401, 403) } },
    },
    async (request, reply) => {
      const token = request.cookies[sessionCookie];
      if (token) await app.accountsRepository.signOut(token);
      clearSessionCookie(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/first-admin',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'Create the first admin with the one-time link that `npm start` prints while no admin exists',
        querystring: NoQuery,
        body: FirstAdminBody,
        response: { 201: SessionResponse, ...errorResponses(...bodyErrors, 409, 410) },
      },
    },
    async (request, reply) => {
      const { token, ...user } = request.body;
      const id = await app.accountsRepository.createFirstAdmin(token, user);
      if (!id) throw new ApiError(410, 'LINK_INVALID', (t) => t.access.linkInvalid, '/body/token');
      const session = await app.accountsRepository.startSession(id);
      return reply.status(201).send(signedInAnswer(request, reply, session));
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'Change your password',
        description: 'Needs the current password. Every session of the account ends; this one goes on with a new session cookie.',
        querystring: NoQuery,
        body: PasswordChangeBody,
        response: { 200: SessionResponse, ...errorResponses(...bodyErrors, 401, 403) },
      },
    },
    async (request, reply) => {
      const session = await app.accountsRepository.changePassword(request.user!.id, request.body.current, request.body.password);
      return signedInAnswer(request, reply, session);
    },
  );

  app.post(
    '/api/auth/reset',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'Set a new password with a reset link, and sign in',
        description: 'The link works once, for 24 hours; every earlier session of the account ends.',
        querystring: NoQuery,
        body: ResetBody,
        response: { 200: SessionResponse, ...errorResponses(...bodyErrors, 410) },
      },
    },
    async (request, reply) => {
      const session = await app.accountsRepository.reset(request.body.token, request.body.password);
      if (!session) throw new ApiError(410, 'LINK_INVALID', (t) => t.access.linkInvalid, '/body/token');
      return signedInAnswer(request, reply, session);
    },
  );

  app.post(
    '/api/auth/reset-request',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'Ask for a password reset link by e-mail',
        description: 'Always 202, whether or not an account has the address; where SMTP_URL is set and it has, the link is e-mailed.',
        querystring: NoQuery,
        body: ResetRequestBody,
        response: { 202: Type.Null(), ...errorResponses(...bodyErrors) },
      },
    },
    async (request, reply) => {
      const { mailer, publicUrl } = app.accountMail;
      const account = mailer ? await app.accountsRepository.findByEmail(request.body.email) : null;
      const offer = account ? await app.accountsRepository.offerReset(account.id) : null;
      if (mailer && offer) {
        const texts = serverTexts[offer.language].mail;
        await mailer.send({ to: offer.email, subject: texts.resetSubject, text: texts.resetText({ link: accountLink(publicUrl, offer.language, 'reset', offer.token) }) });
      }
      return reply.status(202).send(null);
    },
  );
};
export default routes;
