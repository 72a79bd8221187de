import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../../schemas/common';
import { SearchQuery, SearchResult } from '../../../schemas/search';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/search',
    {
      config: { access: 'visitor' },
      schema: {
        tags: ['search'],
        summary: 'Find nodes by words in de/cs/en, or list them by filters',
        description: 'Without `q`, lists nodes in name order. `region` and `sector` match at any level of their hierarchy.',
        querystring: SearchQuery,
        response: { 200: SearchResult, ...errorResponses(400) },
      },
    },
    async (request) => app.searchRepository.search(request.query, request.user),
  );
};
export default routes;
