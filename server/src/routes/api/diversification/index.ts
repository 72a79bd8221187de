// Alternative suppliers and institutes for a product a firm needs.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../../schemas/common';
import { Diversification, DiversificationQuery } from '../../../schemas/diversification';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/diversification',
    {
      config: { access: 'visitor' },
      schema: {
        tags: ['diversification'],
        summary: 'Alternative suppliers a firm does not use yet for a product it needs, and institutes to ask',
        description:
          'Firms offering the product or one of its category, ranked by a 0..100 score whose parts are listed: product match (25 / 10 for a substitute), ' +
          'distance (20 at 0 km, none from 300 km), cross-border (10), size (up to 10), shared organisations (5 each, up to 10), ' +
          'certifications (5 each, up to 10), an introduction through the firm’s own suppliers, customers or partners (15). ' +
          '400 NOT_NEEDED when the firm does not need the product.',
        querystring: DiversificationQuery,
        response: { 200: Diversification, ...errorResponses(400, 404, 422) },
      },
    },
    async (request) => app.diversificationRepository.alternatives(request.query, request.user),
  );
};
export default routes;
