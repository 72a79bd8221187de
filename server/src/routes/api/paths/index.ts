// Multi-hop supplier paths, each answer as ordered steps.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../../../schemas/common';
import { Between, BetweenQuery, Chains, ChainsQuery, SupplierTree, SupplierTreeQuery } from '../../../schemas/paths';

const tags = ['paths'];
const errors = errorResponses(400, 404, 422);

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/paths/supplier-tree',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: "A firm's suppliers, their suppliers and so on, up to k tiers",
        description: 'Each supplier at its nearest tier, and the supply links (with product) between the firms listed. Supply cycles show as links back to a firm already listed.',
        querystring: SupplierTreeQuery,
        response: { 200: SupplierTree, ...errors },
      },
    },
    async (request) => app.pathsRepository.supplierTree(request.query, request.user),
  );

  app.get(
    '/api/paths/chains',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'The k shortest supplier chains from a firm to firms that offer a product it needs',
        description:
          'Chains run upstream over SUPPLIES links (no firm twice) and end at a firm offering the product. ' +
          'Filters apply to every supplier on a chain. 400 NOT_NEEDED when the firm does not need the product.',
        querystring: ChainsQuery,
        response: { 200: Chains, ...errors },
      },
    },
    async (request) => app.pathsRepository.chains(request.query, request.user),
  );

  app.get(
    '/api/paths/between',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'The k shortest chains between two firms over supply and cooperation links',
        description: 'Links are followed in either direction; each step says who buys what from whom, or who cooperates with whom.',
        querystring: BetweenQuery,
        response: { 200: Between, ...errors },
      },
    },
    async (request) => app.pathsRepository.between(request.query, request.user),
  );
};
export default routes;
