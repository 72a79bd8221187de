// The audit for staff: a node's history or one user's changes, and undo.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { badRequest } from '../../../errors';
import { AuditList, AuditQuery } from '../../../schemas/audit';
import { NoQuery, errorResponses } from '../../../schemas/common';

const tags = ['audit'];

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: "A node's history (node=) or one user's changes (user=), newest first",
        querystring: AuditQuery,
        response: { 200: AuditList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { node, user, limit } = request.query;
      if ((node === undefined) === (user === undefined)) throw badRequest('VALIDATION', (t) => t.access.auditNodeOrUser, '/query/node');
      const items = node !== undefined ? await app.auditRepository.forNode(node, limit) : await app.auditRepository.byUser(user!, limit);
      return { items, names: await app.auditRepository.names(items) };
    },
  );

  app.post(
    '/api/audit/:id/undo',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Undo a change, unless something newer changed the same properties or links',
        description: 'The undo is itself a change with its own audit entry, which names the entry it undoes.',
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
        querystring: NoQuery,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await app.auditRepository.undo(request.params.id, request.user!);
      return reply.status(204).send(null);
    },
  );
};
export default routes;
