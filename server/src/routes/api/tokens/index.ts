// API tokens for scripts: made by a signed-in user, shown once, kept as a hash, acting with at most
// the user's role, revocable.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError, notFound } from '../../../errors';
import { hasRole } from '../../../auth/roles';
import { ApiTokenSchema, CreatedToken, NewTokenBody } from '../../../schemas/auth';
import { NoQuery, bodyErrors, errorResponses } from '../../../schemas/common';

const tags = ['auth'];

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/tokens',
    {
      config: { access: 'member' },
      schema: { tags, summary: 'Your API tokens (never the tokens themselves)', querystring: NoQuery, response: { 200: Type.Object({ items: Type.Array(ApiTokenSchema) }), ...errorResponses(400, 401, 403) } },
    },
    async (request) => ({ items: await app.accountsRepository.tokens(request.user!.id) }),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'Create an API token acting with your role, or a lower one',
        body: NewTokenBody,
        querystring: NoQuery,
        response: { 201: CreatedToken, ...errorResponses(...bodyErrors, 401, 403) },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const role = request.body.role ?? user.role;
      if (!hasRole(user, role)) throw new ApiError(403, 'FORBIDDEN', (t) => t.access.tokenRoleTooHigh, '/body/role');
      return reply.status(201).send(await app.accountsRepository.createToken(user.id, request.body.name.trim(), role));
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'Revoke one of your API tokens',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
        querystring: NoQuery,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      if (!(await app.accountsRepository.revokeToken(request.user!.id, request.params.id))) throw notFound('token', request.params.id, '/params/id');
      return reply.status(204).send(null);
    },
  );
};
export default routes;
