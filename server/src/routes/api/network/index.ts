// Networks for the explorer: around one actor (ego) or of a sector and/or region (cluster).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { errorResponses } from '../../../schemas/common';
import { ClusterQuery, EgoQuery, NetworkResponse, OverviewQuery, OverviewResponse } from '../../../schemas/network';

const tags = ['network'];

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/network/ego',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'The network around one firm, institute or organisation',
        description:
          'Actors within `hops` links of the centre over the chosen relationship types, nearest and best connected first, as a graphology SerializedGraph. ' +
          'Filters choose the actors shown (the centre always stays); `crossBorder=true` keeps only DE–CZ links and the actors that have one among those shown.',
        querystring: EgoQuery,
        response: { 200: NetworkResponse, ...errorResponses(400, 404, 422) },
      },
    },
    async (request) => app.networkRepository.ego(request.query, request.user),
  );

  app.get(
    '/api/network/overview',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'The whole region as groups of actors, placed at their districts',
        description:
          'Firms grouped by district and NACE division, institutes and organisations as groups of their own per district, with the links between the groups counted by type (cross-border when the districts lie in different countries). ' +
          'Computed in the background with the whole-region metrics (`computedAt`); the filters narrow the groups (`sector` at division level or above, or the division it belongs to) and the links.',
        querystring: OverviewQuery,
        response: { 200: OverviewResponse, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      // Kept as JSON text per filter: sent as it is, not serialised again (plain reply: a string).
      const json = await app.networkRepository.overviewJson(request.query);
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(json);
    },
  );

  app.get(
    '/api/network/cluster',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'All actors of a sector and/or region and the links among them',
        description:
          '`sector` and `region` match at any level of their hierarchy; with no filter the whole actor network (firms, institutes, organisations), best connected first.',
        querystring: ClusterQuery,
        response: { 200: NetworkResponse, ...errorResponses(400, 422) },
      },
    },
    async (request) => app.networkRepository.cluster(request.query, request.user),
  );
};
export default routes;
