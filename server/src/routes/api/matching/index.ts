// Partner matching for a firm: trade across the border, cooperation, institutes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../../schemas/common';
import { CooperationCandidates, InstitutesAnswer, MatchingQuery, TradePartners } from '../../../schemas/matching';

const tags = ['matching'];
const errors = errorResponses(400, 404, 422);

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/matching/cross-border',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'Firms across the border whose offers meet this firm’s needs, and whose needs its offers meet',
        querystring: MatchingQuery,
        response: { 200: TradePartners, ...errors },
      },
    },
    async (request) => app.matchingRepository.trade(request.query, request.user),
  );

  app.get(
    '/api/matching/cooperation',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'Cooperation candidates by shared sectors and complementary products',
        description:
          'Firms it does not cooperate with yet, ranked by a 0..100 score whose parts are listed: sector (20 same class, 10 same division), ' +
          'complementary products (10 each, up to 30), distance (20 at 0 km, none from 300 km), cross-border (10), shared organisations (5 each, up to 10), ' +
          'trading already (10). At most 5000 candidates are weighed, the most complementary first.',
        querystring: MatchingQuery,
        response: { 200: CooperationCandidates, ...errors },
      },
    },
    async (request) => app.matchingRepository.cooperation(request.query, request.user),
  );

  app.get(
    '/api/matching/institutes',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'Institutes to contact for a firm’s products and sectors',
        description: 'Institutes researching a product the firm offers or needs, one of the same category, or its sector (below section level); product matches first, then nearest.',
        querystring: MatchingQuery,
        response: { 200: InstitutesAnswer, ...errors },
      },
    },
    async (request) => app.matchingRepository.institutes(request.query, request.user),
  );
};
export default routes;
