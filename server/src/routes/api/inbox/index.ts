// A signed-in person's inbox: the claims against their firms that wait for their answer.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Inbox } from '../../../schemas/claims';
import { NoQuery, errorResponses } from '../../../schemas/common';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/inbox',
    {
      config: { access: 'member' },
      schema: {
        tags: ['relationships'],
        summary: 'Claims waiting for your confirmation',
        description: 'Supply and cooperation links another firm entered with one of your firms (staff: every claim). Confirm or reject them with POST /api/relationships/confirm or /reject.',
        querystring: NoQuery,
        response: { 200: Inbox, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({ claims: await app.claimsRepository.inbox(request.user!) }),
  );
};
export default routes;
