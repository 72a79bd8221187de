import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoQuery, bodyErrors, errorResponses } from '../../../schemas/common';
import { RelationshipBody, RelationshipResponse } from '../../../schemas/relationships';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/relationships',
    {
      schema: {
        tags: ['relationships'],
        summary: 'Link two nodes',
        description: 'Creating a link that exists already changes nothing. SUPPLIES runs from supplier to customer and names the product.',
        querystring: NoQuery,
        body: RelationshipBody,
        response: { 201: RelationshipResponse, ...errorResponses(...bodyErrors) },
      },
    },
    async (request, reply) => reply.status(201).send(await app.entitiesRepository.link(request.body)),
  );

  app.delete(
    '/api/relationships',
    {
      schema: {
        tags: ['relationships'],
        summary: 'Remove a link',
        querystring: NoQuery,
        body: RelationshipBody,
        response: { 204: Type.Null(), ...errorResponses(...bodyErrors, 404, 409) },
      },
    },
    async (request, reply) => {
      await app.entitiesRepository.unlink(request.body);
      return reply.status(204).send(null);
    },
  );
};
export default routes;
