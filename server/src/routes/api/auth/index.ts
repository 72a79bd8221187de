// Sign-in, sign-out, the current session, and the first admin by its one-time link.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors';
import { clearSessionCookie, sessionCookie, setSessionCookie } from '../../../auth/sessions';
import { NoQuery, bodyErrors, errorResponses } from '../../../schemas/common';
import { FirstAdminBody, SessionResponse, SignInBody } from '../../../schemas/auth';

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
      setSessionCookie(request, reply, session.token);
      return { user: session.user, csrfToken: session.csrfToken };
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
      setSessionCookie(request, reply, session.token);
      return reply.status(201).send({ user: session.user, csrfToken: session.csrfToken });
    },
  );
};
export default routes;
