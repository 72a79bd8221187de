import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoQuery, bodyErrors, errorResponses } from '../../../schemas/common';
import { ClaimBody, StandingResponse } from '../../../schemas/claims';
import { RelationshipBody, RelationshipResponse } from '../../../schemas/relationships';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/relationships',
    {
      config: { access: { member: 'ownLink' } },
      schema: {
        tags: ['relationships'],
        summary: 'Link two nodes',
        description: 'Creating a link that exists already changes nothing. SUPPLIES runs from supplier to customer and names the product.',
        querystring: NoQuery,
        body: RelationshipBody,
        response: { 201: RelationshipResponse, ...errorResponses(...bodyErrors, 401, 403) },
      },
    },
    async (request, reply) => {
      const { before: _before, after, ...link } = await app.entitiesRepository.link(request.body, { user: request.user });
      return reply.status(201).send({ ...link, standing: after.standing as 'claimed' | 'confirmed' | 'verified' | undefined });
    },
  );

  app.delete(
    '/api/relationships',
    {
      config: { access: { member: 'ownLink' } },
      schema: {
        tags: ['relationships'],
        summary: 'Remove a link',
        querystring: NoQuery,
        body: RelationshipBody,
        response: { 204: Type.Null(), ...errorResponses(...bodyErrors, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await app.entitiesRepository.unlink(request.body, { user: request.user });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/relationships/confirm',
    {
      config: { access: { member: 'claimAgainstOwn' } },
      schema: {
        tags: ['relationships'],
        summary: 'Confirm a claimed link as the other side',
        description: 'A member of the firm the claim is made against (not of the side that entered it), or staff. Sets standing confirmed, confirmedAt and confirmedBy. 409 NOT_CLAIMED when the link is not a claim.',
        querystring: NoQuery,
        body: ClaimBody,
        response: { 200: StandingResponse, ...errorResponses(...bodyErrors, 401, 403, 404, 409) },
      },
    },
    async (request) => app.claimsRepository.confirm(request.body, request.user!),
  );

  app.post(
    '/api/relationships/reject',
    {
      config: { access: { member: 'claimAgainstOwn' } },
      schema: {
        tags: ['relationships'],
        summary: 'Reject a claimed link as the other side: the link is removed',
        querystring: NoQuery,
        body: ClaimBody,
        response: { 204: Type.Null(), ...errorResponses(...bodyErrors, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await app.claimsRepository.reject(request.body, request.user!);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/relationships/verify',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['relationships'],
        summary: 'Mark a link as verified by staff',
        description: 'Sets standing verified, verifiedAt and verifiedBy; a claimed link is verified at once.',
        querystring: NoQuery,
        body: ClaimBody,
        response: { 200: StandingResponse, ...errorResponses(...bodyErrors, 401, 403, 404) },
      },
    },
    async (request) => app.claimsRepository.verify(request.body, request.user!),
  );
};
export default routes;
