import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoQuery, bodyErrors, errorResponses } from '../../../schemas/common';
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
};
export default routes;
