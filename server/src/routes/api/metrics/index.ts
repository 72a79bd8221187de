// When the whole-region measures were computed, and whether a computation is under way.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses, NoQuery } from '../../../schemas/common';
import { MetricsStatus } from '../../../schemas/metrics';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/metrics',
    {
      config: { access: 'visitor' },
      schema: {
        tags: ['network'],
        summary: 'When the whole-region measures were computed',
        description:
          'Degree, weighted degree, PageRank, Louvain communities, approximate betweenness (sampled sources) and dependants within 1..maxTier supply tiers are computed for every actor in the background and stored with the time; `run` is null before the first computation.',
        querystring: NoQuery,
        response: { 200: MetricsStatus, ...errorResponses(400) },
      },
    },
    async () => app.metrics.status(),
  );
};
export default routes;
