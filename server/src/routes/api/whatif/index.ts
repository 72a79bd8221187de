// What-if scenarios on the supply network.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../../schemas/common';
import { WhatIf, WhatIfQuery } from '../../../schemas/whatif';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/whatif',
    {
      config: { access: 'visitor' },
      schema: {
        tags: ['whatif'],
        summary: 'Remove a firm, a district or the border: who loses their only supplier of a product, and what remains',
        description:
          'A firm (outside what is removed) is hit when every supplier of a product it buys is cut. Alternatives are firms offering the product that are not removed ' +
          '(and, with the border closed, in the firm’s own country). Nothing is changed in the database.',
        querystring: WhatIfQuery,
        response: { 200: WhatIf, ...errorResponses(400, 404, 422) },
      },
    },
    async (request) => app.whatIfRepository.run(request.query, request.user),
  );
};
export default routes;
