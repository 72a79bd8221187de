import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { databaseRetryAfterSeconds } from '../../../errors';
import { readQuery } from '../../../graph/queries';
import { NoQuery, errorResponses } from '../../../schemas/common';

const ping = readQuery<{ version: string; edition: string }>('admin/ping');

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Object({
    status: Type.Union([Type.Literal('up'), Type.Literal('down')]),
    version: Type.Optional(Type.String()),
    edition: Type.Optional(Type.String()),
  }),
  metrics: Type.Optional(
    Type.Object(
      {
        engine: Type.Union([Type.Literal('built-in'), Type.Literal('graph-data-science')], {
          description: 'What computes PageRank and betweenness: the server’s own implementation in a worker thread, or Neo4j’s Graph Data Science library in the database (Louvain is always the server’s)',
        }),
        graphDataScience: Type.Boolean({ description: 'Whether the database offers Neo4j’s Graph Data Science library (detected at start)' }),
      },
      { description: 'Absent while the database does not answer' },
    ),
  ),
});

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/health',
    {
      config: { access: 'visitor' },
      schema: {
        tags: ['health'],
        summary: 'Service and database status',
        querystring: NoQuery,
        response: { ...errorResponses(400), 200: Health, 503: { ...Health, description: 'The database does not answer' } },
      },
    },
    async (_request, reply) => {
      try {
        await app.runner.run(ping);
        // No version or edition for anonymous callers: it tells an attacker which flaws to try.
        return { status: 'ok' as const, database: { status: 'up' as const }, metrics: await app.metrics.engine() };
      } catch {
        return reply.status(503).header('retry-after', String(databaseRetryAfterSeconds)).send({ status: 'degraded', database: { status: 'down' } });
      }
    },
  );
};
export default routes;
