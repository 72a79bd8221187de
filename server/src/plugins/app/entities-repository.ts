// Reads and writes of single nodes and their relationships. Every write runs in one transaction:
// references are checked first, and any failure rolls the whole write back.
import { randomBytes } from 'node:crypto';
import fp from 'fastify-plugin';
import { ApiError, badRequest, notFound, unknownReference, type Use } from '../../errors';
import { counted } from '../../i18n/index';
import { toNeo4jDate } from '../../graph/mappers';
import { readQuery, writeQuery } from '../../graph/queries';
import type { QueryRunner, TransactionRunner } from '../../graph/runner';
import { kinds, type EntityKind, type EntityRow, type NewLink } from '../../schemas/entities';
import { allowed, type LinkRef, type RelationshipBody, type RelationshipType } from '../../schemas/relationships';
import type { NodeSummary } from '../../schemas/common';

const getEntity = readQuery<{ entity: EntityRow; relations: Relation[] }>('entities/get-entity');
const getKinds = readQuery<{ id: string; kind: EntityKind | null }>('entities/get-kinds');
const createEntity = writeQuery<{ id: string }>('entities/create-entity');
const updateEntity = writeQuery<{ id: string }>('entities/update-entity');
const deleteEntity = writeQuery<{ id: string }>('entities/delete-entity');
const mergeRelationship = writeQuery<RelationshipRow>('relationships/merge-relationship');
const mergeSupplies = writeQuery<RelationshipRow>('relationships/merge-supplies');
const deleteRelationship = writeQuery<{ deleted: number }>('relationships/delete-relationship');
const setCountry = writeQuery<{ id: string }>('relationships/set-country-from-region');
const removeOtherLocations = writeQuery<{ removed: string[] }>('relationships/remove-other-locations');
const mergeSupplyEnds = writeQuery<{ offersAdded: boolean; needsAdded: boolean }>('relationships/merge-supply-ends');
const findSuppliesOfEnd = readQuery<{ from: string; to: string }>('relationships/find-supplies-of-end');
const findUses = readQuery<{ total: number; uses: Use[] }>('entities/find-uses');

/** Kinds others link to: deleting one that is used would silently unlink them, so it is refused. */
const sharedKinds: ReadonlySet<EntityKind> = new Set(['region', 'sector', 'product', 'organisation']);
const listedUses = 20;

export interface Relation {
  type: string;
  direction: 'out' | 'in';
  other: NodeSummary;
  properties: Record<string, unknown>;
}

export interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  product?: string | null;
  since?: string | null;
  added: LinkRef[];
  removed: LinkRef[];
}

const idPrefix: Record<EntityKind, string> = {
  firm: 'F',
  institute: 'I',
  organisation: 'O',
  product: 'P',
  sector: 'S',
  region: 'R',
  event: 'E',
};

const newId = (kind: EntityKind) => `${idPrefix[kind]}-${randomBytes(5).toString('hex')}`;

/** Dates travel as ISO strings and are stored as Neo4j DATE values. */
function storedProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    out[key] = key === 'date' && typeof value === 'string' ? toNeo4jDate(value) : value;
  }
  return out;
}

interface LinkRequest {
  type: RelationshipType;
  from: string;
  to: string;
  product?: string;
  since?: string;
  /** JSON pointer of the input this link came from, for errors. */
  field: string;
}

export class EntitiesRepository {
  constructor(private readonly runner: QueryRunner) {}

  async get(kind: EntityKind, id: string, relationLimit = 500) {
    const [row] = await this.runner.run(getEntity, { id, kind, relationLimit });
    if (!row) throw notFound(kind, id, '/params/id');
    return { ...row.entity, relations: row.relations };
  }

  async create(kind: EntityKind, body: Record<string, unknown> & { id?: string; links?: NewLink[] }): Promise<{ id: string; added: LinkRef[] }> {
    const { id = newId(kind), links = [], ...props } = body;
    return this.runner.write(async (tx) => {
      const requests = links.map((link, index) => ({
        type: link.type,
        from: id,
        to: link.target,
        product: link.product,
        since: link.since,
        field: `/body/links/${index}`,
      }));
      await this.checkLinks(tx, requests, { [id]: kind });
      await tx.run(createEntity, { id, label: kinds[kind].label, kind, props: storedProps(props) });
      const added: LinkRef[] = [];
      for (const request of requests) added.push(...(await this.writeLink(tx, request)).added);
      return { id, added };
    });
  }

  async update(kind: EntityKind, id: string, changes: Record<string, unknown>): Promise<void> {
    const rows = await this.runner.run(updateEntity, { id, kind, props: storedProps(changes) });
    if (rows.length === 0) throw notFound(kind, id, '/params/id');
  }

  async delete(kind: EntityKind, id: string): Promise<void> {
    await this.runner.write(async (tx) => {
      if (sharedKinds.has(kind)) {
        const [used] = await tx.run(findUses, { id, limit: listedUses });
        if (used && used.total > 0) throw inUse(id, used.total, used.uses, '/params/id');
      }
      const rows = await tx.run(deleteEntity, { id, kind });
      if (rows.length === 0) throw notFound(kind, id, '/params/id');
    });
  }

  async link(body: RelationshipBody): Promise<RelationshipRow> {
    return this.runner.write(async (tx) => {
      const request = { ...body, field: '/body' };
      await this.checkLinks(tx, [request], {});
      return this.writeLink(tx, request);
    });
  }

  /** Removes a link; an OFFERS or NEEDS that supply links stand on stays until they are gone. */
  async unlink(body: RelationshipBody): Promise<void> {
    await this.runner.write(async (tx) => {
      if (body.type === 'OFFERS' || body.type === 'NEEDS') {
        const supplies = await tx.run(findSuppliesOfEnd, { type: body.type, firm: body.from, product: body.to });
        if (supplies.length > 0) {
          const uses = supplies.map((s) => ({ type: 'SUPPLIES', id: `${s.from}->${s.to}`, kind: 'link' }));
          throw new ApiError(
            409,
            'IN_USE',
            (t, language) => {
              const { limit, unit } = counted(language, supplies.length, t.plural.supplies);
              return t.errors.suppliesRestOnLink({ count: limit, unit, uses: uses.map((u) => u.id).join(', ') });
            },
            '/body',
            {},
            { uses },
          );
        }
      }
      const [row] = await tx.run(deleteRelationship, { ...body, product: body.product ?? null });
      if (!row || row.deleted === 0) throw new ApiError(404, 'NOT_FOUND', (t) => t.errors.noLink(body), '/body');
    });
  }

  /** Every end must exist and the type must join those kinds; nothing is written otherwise. */
  private async checkLinks(tx: TransactionRunner, requests: LinkRequest[], pending: Record<string, EntityKind>) {
    if (requests.length === 0) return;
    const ids = [...new Set(requests.flatMap((r) => [r.from, r.to, ...(r.product ? [r.product] : [])]))];
    const found = new Map((await tx.run(getKinds, { ids })).map((row) => [row.id, row.kind]));
    const kindOf = (id: string) => pending[id] ?? found.get(id) ?? undefined;
    for (const request of requests) {
      const type = request.type;
      const fromKind = kindOf(request.from);
      const toKind = kindOf(request.to);
      if (!fromKind) throw unknownReference('node', request.from, `${request.field}/from`);
      const targetField = request.field === '/body' ? '/body/to' : `${request.field}/target`;
      if (!toKind) throw unknownReference('node', request.to, targetField);
      if (!allowed(type, fromKind, toKind)) {
        throw badRequest('INVALID_RELATIONSHIP', (t) => t.errors.invalidRelationship({ type, from: fromKind, to: toKind }), `${request.field}/type`);
      }
      if (type === 'SUPPLIES') {
        if (!request.product) throw badRequest('VALIDATION', (t) => t.errors.suppliesNeedsProduct, `${request.field}/product`);
        if (kindOf(request.product) !== 'product') {
          throw unknownReference('product', request.product, `${request.field}/product`);
        }
      }
      // Nothing supplies, cooperates with, is part of or located in itself.
      if (request.from === request.to) throw badRequest('SELF_LINK', (t) => t.errors.selfLink, targetField);
    }
  }

  private async writeLink(tx: TransactionRunner, request: LinkRequest): Promise<RelationshipRow> {
    const params = {
      type: request.type,
      from: request.from,
      to: request.to,
      since: request.since ? toNeo4jDate(request.since) : null,
    };
    const removed: LinkRef[] = [];
    if (request.type === 'LOCATED_IN') {
      const [moved] = await tx.run(removeOtherLocations, { id: request.from, region: request.to });
      for (const region of moved?.removed ?? []) removed.push({ type: 'LOCATED_IN', from: request.from, to: region });
    }
    const [row] =
      request.type === 'SUPPLIES'
        ? await tx.run(mergeSupplies, { ...params, product: request.product })
        : await tx.run(mergeRelationship, params);
    const added: LinkRef[] = [];
    if (request.type === 'SUPPLIES' && request.product) {
      const [ends] = await tx.run(mergeSupplyEnds, { from: request.from, to: request.to, product: request.product });
      if (ends?.offersAdded) added.push({ type: 'OFFERS', from: request.from, to: request.product });
      if (ends?.needsAdded) added.push({ type: 'NEEDS', from: request.to, to: request.product });
    }
    // A node's country follows from where it is located; it is never typed in by hand.
    if (request.type === 'LOCATED_IN') await tx.run(setCountry, { id: request.from });
    return { ...(row as Omit<RelationshipRow, 'added' | 'removed'>), added, removed };
  }
}

function inUse(id: string, total: number, uses: Use[], field: string): ApiError {
  return new ApiError(
    409,
    'IN_USE',
    (t, language) => {
      const { limit, unit } = counted(language, total, t.plural.links);
      const listed = uses.map((use) => `${use.type} ${use.id}`).join(', ') + (total > uses.length ? ', …' : '');
      return t.errors.inUse({ id, count: limit, unit, uses: listed });
    },
    field,
    {},
    { uses },
  );
}

declare module 'fastify' {
  interface FastifyInstance {
    entitiesRepository: EntitiesRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('entitiesRepository', new EntitiesRepository(app.runner));
  },
  { name: 'entities-repository', dependencies: ['neo4j'] },
);
