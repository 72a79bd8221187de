// Contact persons: listed as consent and role allow; added, changed and removed by the firm's
// members and staff; exported and erased on request by staff.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditList } from '../../../schemas/audit';
import { Id, LangQuery, NoQuery, bodyErrors, errorResponses } from '../../../schemas/common';
import { NewPerson, Person, PersonChanges, PersonList } from '../../../schemas/people';

const tags = ['contacts'];
const Params = Type.Object({ id: Id });

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/contacts',
    {
      config: { access: 'visitor' },
      schema: {
        tags,
        summary: 'The contact persons of a firm, institute or organisation that you may see',
        description: 'Visitors see persons who consented to be public; members also those visible to members, and all of their own firm; staff all.',
        querystring: Type.Object({ of: Id, ...LangQuery }, { additionalProperties: false }),
        response: { 200: PersonList, ...errorResponses(400) },
      },
    },
    async (request) => ({ items: await app.peopleRepository.list(request.query.of, request.user) }),
  );

  app.post(
    '/api/contacts',
    {
      config: { access: { member: 'ownContactOf' } },
      schema: {
        tags,
        summary: 'Add a contact person with their consent',
        body: NewPerson,
        querystring: NoQuery,
        response: { 201: Person, ...errorResponses(...bodyErrors, 401, 403) },
      },
    },
    async (request, reply) => reply.status(201).send(await app.peopleRepository.create(request.body, request.user!)),
  );

  app.patch(
    '/api/contacts/:id',
    {
      config: { access: { member: 'ownContact' } },
      schema: {
        tags,
        summary: 'Change a contact person; a new consent is dated and signed by you',
        params: Params,
        body: PersonChanges,
        querystring: NoQuery,
        response: { 200: Person, ...errorResponses(...bodyErrors, 401, 403, 404) },
      },
    },
    async (request) => app.peopleRepository.update(request.params.id, request.body, request.user!),
  );

  app.delete(
    '/api/contacts/:id',
    {
      config: { access: { member: 'ownContact' } },
      schema: { tags, summary: 'Remove a contact person', params: Params, querystring: NoQuery, response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      await app.peopleRepository.delete(request.params.id, request.user!);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/contacts/:id/export',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Everything held about a person, as JSON (a data subject request)',
        params: Params,
        querystring: NoQuery,
        response: {
          200: Type.Object({ person: Person, audit: AuditList.properties.items, exportedAt: Type.String() }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => app.peopleRepository.export(request.params.id),
  );

  app.post(
    '/api/contacts/:id/erase',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Erase a person on request: removed, and every value of theirs taken out of the audit',
        params: Params,
        querystring: NoQuery,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.peopleRepository.erase(request.params.id, request.user!);
      return reply.status(204).send(null);
    },
  );
};
export default routes;
