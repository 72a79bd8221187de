// Staff invite firm members by one-time links; the invited person opens the link, sets name and
// password, and is signed in.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedInAnswer } from '../../../auth/sessions';
import { SessionResponse } from '../../../schemas/auth';
import { Id, NoQuery, bodyErrors, errorResponses } from '../../../schemas/common';
import { AcceptBody, CreatedInvitation, InvitationPreview, InvitationQuery, NewInvitation, OpenInvitation } from '../../../schemas/invitations';

const tags = ['accounts'];

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/invitations',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Invite a member of one or more firms by a one-time link (valid for 7 days)',
        description: 'The answer shows the link once; where SMTP_URL is set it is also e-mailed in the given language.',
        querystring: NoQuery,
        body: NewInvitation,
        response: { 201: CreatedInvitation, ...errorResponses(...bodyErrors, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await app.invitationsRepository.invite(request.body, request.user!.id)),
  );

  app.get(
    '/api/invitations',
    {
      config: { access: 'staff' },
      schema: { tags, summary: 'Open invitations', querystring: NoQuery, response: { 200: Type.Object({ items: Type.Array(OpenInvitation) }), ...errorResponses(400, 401, 403) } },
    },
    async () => ({ items: await app.invitationsRepository.open() }),
  );

  app.delete(
    '/api/invitations/:id',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Withdraw an invitation: its link stops working',
        params: Type.Object({ id: Id }),
        querystring: NoQuery,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.invitationsRepository.withdraw(request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/invitations/accept',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'What an invitation link invites to',
        description: '404 for an unknown or used link, 410 for an expired one.',
        querystring: InvitationQuery,
        response: { 200: InvitationPreview, ...errorResponses(400, 404, 410) },
      },
    },
    async (request) => app.invitationsRepository.find(request.query.token),
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'Accept an invitation: name and password make the account, which is signed in',
        querystring: NoQuery,
        body: AcceptBody,
        response: { 200: SessionResponse, ...errorResponses(...bodyErrors, 404, 409, 410) },
      },
    },
    async (request, reply) => {
      const session = await app.invitationsRepository.accept(request.body);
      return signedInAnswer(request, reply, session);
    },
  );
};
export default routes;
