import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../../schemas/common';
import { RelationshipBody, RelationshipResponse } from '../../../schemas/relationships';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/relationships',
    {
      schema: {
        tags: ['relationships'],
        summary: 'Link two nodes',
        description: 'Creating a link that exists already changes nothing. SUPPLIES runs from supplier to customer and names the product.',
        body: RelationshipBody,
        response: { 201: RelationshipResponse, 400: errorResponses[400] },
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
        body: RelationshipBody,
        response: { 204: Type.Null(), 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    async (request, reply) => {
      await app.entitiesRepository.unlink(request.body);
      return reply.status(204).send(null);
    },
  );
};
export default routes;
