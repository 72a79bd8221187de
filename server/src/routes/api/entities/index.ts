// GET/POST /api/<kind>s and GET/PATCH/DELETE /api/<kind>s/:id for every kind in schemas/entities.ts.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Access } from '../../../auth/policy';
import { Id, NoQuery, bodyErrors, errorResponses } from '../../../schemas/common';
import { createBody, entityResponse, kinds, updateBody, type EntityKind, type KindDefinition } from '../../../schemas/entities';
import { LinkRef } from '../../../schemas/relationships';
import { SearchQuery, SearchResult } from '../../../schemas/search';

const Params = Type.Object({ id: Id });
const Created = Type.Object({ id: Type.String(), added: Type.Array(LinkRef, { description: 'Links added with the given ones: the OFFERS and NEEDS its supply links imply' }) });
const ListQuery = Type.Omit(SearchQuery, ['kind']);

/** Firms and institutes keep their own profiles; the reference data is the staff's. */
const editAccess: Record<EntityKind, Access> = {
  firm: { member: 'ownProfile' },
  institute: { member: 'ownProfile' },
  organisation: 'staff',
  product: 'staff',
  sector: 'staff',
  region: 'staff',
  event: 'staff',
};

const routes: FastifyPluginAsyncTypebox = async (app) => {
  for (const [kind, definition] of Object.entries(kinds) as [EntityKind, KindDefinition][]) {
    const { label, path } = definition;
    const tags = ['entities'];
    const Entity = entityResponse(definition);

    app.get(
      `/api/${path}`,
      {
        config: { access: 'visitor' },
        schema: {
          tags,
          summary: `List ${path}`,
          querystring: ListQuery,
          response: { 200: SearchResult, ...errorResponses(400) },
        },
      },
      async (request) => app.searchRepository.search({ ...request.query, kind }, request.user),
    );

    app.get(
      `/api/${path}/:id`,
      {
        config: { access: 'visitor' },
        schema: {
          tags,
          summary: `One ${label.toLowerCase()} with its relationships`,
          params: Params,
          querystring: NoQuery,
          response: { 200: Entity, ...errorResponses(400, 404) },
        },
      },
      async (request) => app.entitiesRepository.get(kind, request.params.id, request.user),
    );

    app.post(
      `/api/${path}`,
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: `Create a ${label.toLowerCase()}`,
          description: 'Optional `links` are created with the node, in the same transaction: all of it lands, or none.',
          querystring: NoQuery,
          body: createBody(definition),
          response: { 201: Created, ...errorResponses(...bodyErrors, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const created = await app.entitiesRepository.create(kind, request.body as Parameters<typeof app.entitiesRepository.create>[1], { user: request.user });
        return reply.status(201).send(created);
      },
    );

    app.patch(
      `/api/${path}/:id`,
      {
        config: { access: editAccess[kind] },
        schema: {
          tags,
          summary: `Change a ${label.toLowerCase()}`,
          params: Params,
          querystring: NoQuery,
          body: updateBody(definition),
          response: { 200: Entity, ...errorResponses(...bodyErrors, 401, 403, 404) },
        },
      },
      async (request) => {
        await app.entitiesRepository.update(kind, request.params.id, request.body as Record<string, unknown>, { user: request.user });
        return app.entitiesRepository.get(kind, request.params.id, request.user);
      },
    );

    app.delete(
      `/api/${path}/:id`,
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: `Delete a ${label.toLowerCase()} and its relationships`,
          params: Params,
          querystring: NoQuery,
          response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await app.entitiesRepository.delete(kind, request.params.id, { user: request.user });
        return reply.status(204).send(null);
      },
    );
  }
};
export default routes;
