// Single-source and concentration risk for a firm and for an area.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../../schemas/common';
import { AreaRisk, AreaRiskQuery, FirmRisk, FirmRiskQuery } from '../../../schemas/risk';

const tags = ['risk'];
const errors = errorResponses(400, 404, 422);

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/risk/firm',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'Products a firm needs with no, one, or only same-country / same-district suppliers',
        querystring: FirmRiskQuery,
        response: { 200: FirmRisk, ...errors },
      },
    },
    async (request) => app.riskRepository.firm(request.query, request.user),
  );

  app.get(
    '/api/risk/area',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'Supply risk of a sector, region or cluster: scarce products, concentration (HHI), critical firms',
        description:
          'The area is the firms matching every filter given (sector and region at any level, members of a cluster). ' +
          'HHI by the suppliers’ country and district over supply links into the area; critical firms are those most of the area depends on within k tiers upstream.',
        querystring: AreaRiskQuery,
        response: { 200: AreaRisk, ...errors },
      },
    },
    async (request) => app.riskRepository.area(request.query, request.user),
  );
};
export default routes;
