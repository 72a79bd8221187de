// Reads and writes of single nodes and their relationships. Every write runs in one transaction:
// references are checked first, the change and its audit entry are written together, and any failure
// rolls the whole write back. Links carry their provenance (who entered them, when, their standing).
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
import { changedProperties, recordAudit, type AuditAction, type LinkChange, type PropertyChange } from '../../audit/audit';
import { standingFor } from '../../auth/policy';
import type { AuthUser } from '../../auth/roles';
import { draftsVisibleTo } from '../../auth/drafts';

const getEntity = readQuery<{ entity: EntityRow; relations: Relation[] }>('entities/get-entity');
const getKinds = readQuery<{ id: string; kind: EntityKind | null }>('entities/get-kinds');
const createEntity = writeQuery<{ id: string }>('entities/create-entity');
const updateEntity = writeQuery<{ id: string; name: string; before: Record<string, unknown> }>('entities/update-entity');
const deleteEntity = writeQuery<{ id: string }>('entities/delete-entity');
const mergeRelationship = writeQuery<RelationshipRow>('relationships/merge-relationship');
const mergeSupplies = writeQuery<RelationshipRow>('relationships/merge-supplies');
const deleteRelationship = writeQuery<{ removed: Record<string, unknown>[] }>('relationships/delete-relationship');
const setCountry = writeQuery<{ id: string }>('relationships/set-country-from-region');
const removeOtherLocations = writeQuery<{ removed: { to: string; properties: Record<string, unknown> }[] }>('relationships/remove-other-locations');
const mergeSupplyEnds = writeQuery<{ offers: Record<string, unknown> | null; needs: Record<string, unknown> | null }>('relationships/merge-supply-ends');
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
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  /** Links added with this one: the OFFERS and NEEDS a supply link implies. */
  added: LinkRef[];
  /** Links this one replaced: a node has one location. */
  removed: LinkRef[];
}

/** A link written, and the links its consistency rules added or removed with it (in the order undo must reverse). */
interface WrittenLink {
  row: RelationshipRow;
  implied: LinkChange[];
}

export type NewEntity = Record<string, unknown> & { id?: string; links?: NewLink[] };

/** What one write changed: the body of its audit entry. */
export interface Change {
  action: AuditAction;
  nodeId: string;
  nodeKind: string;
  nodeName?: string | null;
  changes: PropertyChange[];
  links: LinkChange[];
}

/** Who makes a write and from where: a user through the API, an import, an event's outcome. */
export interface Writer {
  user: AuthUser | null;
  source?: 'user' | 'import' | 'event';
  sourceRef?: string | null;
  /** The audit entry this write reverses (undo). */
  undoes?: string | null;
  /** Properties a restored link had (undo of a removal), instead of fresh provenance. */
  restore?: Record<string, unknown>;
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

/** A fresh id for a new node of `kind` (F-…, I-…), for entities created here and by the import. */
export const newId = (kind: EntityKind) => `${idPrefix[kind]}-${randomBytes(5).toString('hex')}`;

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

const linkChange = (change: 'added' | 'removed', row: { type: string; from: string; to: string }, properties: Record<string, unknown>): LinkChange => ({
  change,
  type: row.type,
  from: row.from,
  to: row.to,
  properties,
});

/**
 * The #8 consistency rule: a supply link of a product says the supplier offers it and the customer
 * needs it. Adds the missing OFFERS and NEEDS in the caller's transaction with the supply link's
 * provenance, and returns them for its audit entry. Every SUPPLIES write calls it (here and event outcomes).
 */
export async function addSupplyEnds(
  tx: TransactionRunner,
  link: { supplier: string; customer: string; product: string },
  provenance: Record<string, unknown>,
): Promise<LinkChange[]> {
  const [ends] = await tx.run(mergeSupplyEnds, { from: link.supplier, to: link.customer, product: link.product, props: provenance });
  const added: LinkChange[] = [];
  if (ends?.offers) added.push(linkChange('added', { type: 'OFFERS', from: link.supplier, to: link.product }, ends.offers));
  if (ends?.needs) added.push(linkChange('added', { type: 'NEEDS', from: link.customer, to: link.product }, ends.needs));
  return added;
}

/**
 * A node's properties as people set them: without `position`, the point every write derives from
 * the coordinates so that distances read one property (cypher/schema/060-entity-position).
 */
function asSet(entity: EntityRow): EntityRow {
  const { position: _position, ...props } = entity as EntityRow & { position?: unknown };
  return props as EntityRow;
}

export class EntitiesRepository {
  constructor(
    private readonly runner: QueryRunner,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** One node as `viewer` may see it: a draft they may not see is not found. */
  async get(kind: EntityKind, id: string, viewer: AuthUser | null, relationLimit = 500) {
    const [row] = await this.runner.run(getEntity, { id, kind, relationLimit, drafts: draftsVisibleTo(viewer) });
    if (!row) throw notFound(kind, id, '/params/id');
    return { ...asSet(row.entity), relations: row.relations };
  }

  async create(kind: EntityKind, body: NewEntity, writer: Writer): Promise<{ id: string; added: LinkRef[] }> {
    return this.runner.write(async (tx) => {
      const { added, ...change } = await this.applyCreate(tx, kind, body, writer);
      await this.audit(tx, change, writer);
      return { id: change.nodeId, added };
    });
  }

  async update(kind: EntityKind, id: string, changes: Record<string, unknown>, writer: Writer): Promise<void> {
    await this.runner.write(async (tx) => this.audit(tx, await this.applyUpdate(tx, kind, id, changes), writer));
  }

  async delete(kind: EntityKind, id: string, writer: Writer): Promise<void> {
    await this.runner.write(async (tx) => this.audit(tx, await this.applyDelete(tx, kind, id), writer));
  }

  async link(body: RelationshipBody, writer: Writer): Promise<RelationshipRow> {
    return this.runner.write(async (tx) => {
      const { row, change } = await this.applyLink(tx, body, writer);
      await this.audit(tx, change, writer);
      return row;
    });
  }

  async unlink(body: RelationshipBody, writer: Writer): Promise<void> {
    await this.runner.write(async (tx) => this.audit(tx, await this.applyUnlink(tx, body), writer));
  }

  /** Records what a write changed; a write that changed nothing leaves no entry. */
  async audit(tx: TransactionRunner, change: Change, writer: Writer): Promise<void> {
    if (change.changes.length === 0 && change.links.length === 0) return;
    await recordAudit(
      tx,
      { ...change, actorId: writer.user?.id ?? null, source: writer.source ?? 'user', sourceRef: writer.sourceRef ?? null, undoes: writer.undoes ?? null },
      this.clock(),
    );
  }

  // The apply* steps change the graph inside a caller's transaction and say what they changed; the
  // public writes above (and undo) record that in the audit in the same transaction.

  /** Also says which links the rules added to the requested ones. */
  async applyCreate(tx: TransactionRunner, kind: EntityKind, body: NewEntity, writer: Writer): Promise<Change & { added: LinkRef[] }> {
    const { id = newId(kind), links: newLinks = [], ...props } = body;
    const requests = newLinks.map((link, index) => ({
      type: link.type,
      from: id,
      to: link.target,
      product: link.product,
      since: link.since,
      field: `/body/links/${index}`,
    }));
    await this.checkLinks(tx, requests, { [id]: kind });
    await tx.run(createEntity, { id, label: kinds[kind].label, kind, props: storedProps(props) });
    const links: LinkChange[] = [];
    const added: LinkRef[] = [];
    for (const request of requests) {
      const { row, implied } = await this.writeLink(tx, request, writer);
      links.push(...implied);
      added.push(...row.added);
      if (row.before === null) links.push(linkChange('added', row, row.after));
    }
    const name = typeof props.name === 'string' ? props.name : null;
    return { action: 'create', nodeId: id, nodeKind: kind, nodeName: name, changes: changedProperties({}, props), links, added };
  }

  async applyUpdate(tx: TransactionRunner, kind: EntityKind, id: string, changes: Record<string, unknown>): Promise<Change> {
    const [row] = await tx.run(updateEntity, { id, kind, props: storedProps(changes) });
    if (!row) throw notFound(kind, id, '/params/id');
    return { action: 'update', nodeId: id, nodeKind: kind, nodeName: row.name, changes: changedProperties(row.before, changes), links: [] };
  }

  async applyDelete(tx: TransactionRunner, kind: EntityKind, id: string): Promise<Change> {
    // Everything the node was, so the audit can show it and undo can bring it back.
    const [row] = await tx.run(getEntity, { id, kind, relationLimit: 100_000, drafts: null });
    if (!row) throw notFound(kind, id, '/params/id');
    if (sharedKinds.has(kind)) {
      const [used] = await tx.run(findUses, { id, limit: listedUses });
      if (used && used.total > 0) throw inUse(id, used.total, used.uses, '/params/id');
    }
    await tx.run(deleteEntity, { id, kind });
    const { id: _id, kind: _kind, updatedAt: _updatedAt, ...props } = asSet(row.entity) as Record<string, unknown>;
    const links = row.relations.map((relation) => {
      const out = relation.direction === 'out';
      return linkChange('removed', { type: relation.type, from: out ? id : relation.other.id, to: out ? relation.other.id : id }, relation.properties);
    });
    const changes = Object.entries(props).map(([property, before]) => ({ property, before, after: null }));
    return { action: 'delete', nodeId: id, nodeKind: kind, nodeName: row.entity.name, changes, links };
  }

  async applyLink(tx: TransactionRunner, body: RelationshipBody, writer: Writer): Promise<{ row: RelationshipRow; change: Change }> {
    const request = { ...body, field: '/body' };
    await this.checkLinks(tx, [request], {});
    const { row, implied } = await this.writeLink(tx, request, writer);
    const own: LinkChange[] =
      row.before === null
        ? [linkChange('added', row, row.after)]
        : JSON.stringify(row.before) === JSON.stringify(row.after)
          ? []
          : [linkChange('removed', row, row.before), linkChange('added', row, row.after)];
    const links = [...implied, ...own];
    return { row, change: { action: 'link', nodeId: row.from, nodeKind: await this.kindIn(tx, row.from), changes: [], links } };
  }

  /** Removes a link; an OFFERS or NEEDS that supply links stand on stays until they are gone. */
  async applyUnlink(tx: TransactionRunner, body: RelationshipBody): Promise<Change> {
    if (body.type === 'OFFERS' || body.type === 'NEEDS') {
      const supplies = await tx.run(findSuppliesOfEnd, { type: body.type, firm: body.from, product: body.to });
      if (supplies.length > 0) throw suppliesRestOn(supplies);
    }
    const [row] = await tx.run(deleteRelationship, { ...body, product: body.product ?? null });
    if (!row || row.removed.length === 0) {
      throw new ApiError(404, 'NOT_FOUND', (t) => t.errors.noLink(body), '/body');
    }
    const links = row.removed.map((properties) => linkChange('removed', body, properties));
    return { action: 'unlink', nodeId: body.from, nodeKind: await this.kindIn(tx, body.from), changes: [], links };
  }

  private async kindIn(tx: TransactionRunner, id: string): Promise<string> {
    const [row] = await tx.run(getKinds, { ids: [id] });
    return row?.kind ?? 'unknown';
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

  private async writeLink(tx: TransactionRunner, request: LinkRequest, writer: Writer): Promise<WrittenLink> {
    const provenance = writer.restore ?? {
      source: writer.source ?? 'user',
      sourceRef: writer.sourceRef ?? null,
      enteredBy: writer.user?.id ?? null,
      enteredAt: this.clock().toISOString(),
      standing: standingFor(writer.user, request),
    };
    const { since: restoredSince, product: _product, ...props } = provenance;
    const since = request.since ? toNeo4jDate(request.since) : typeof restoredSince === 'string' ? toNeo4jDate(restoredSince) : null;
    const params = { type: request.type, from: request.from, to: request.to, since, props };
    const implied: LinkChange[] = [];
    if (request.type === 'LOCATED_IN') {
      const [moved] = await tx.run(removeOtherLocations, { id: request.from, region: request.to });
      for (const old of moved?.removed ?? []) implied.push(linkChange('removed', { type: 'LOCATED_IN', from: request.from, to: old.to }, old.properties));
    }
    // An undo restores the ends a supply link stands on from its own entry, with their own provenance.
    if (request.type === 'SUPPLIES' && request.product && !writer.restore) {
      implied.push(...(await addSupplyEnds(tx, { supplier: request.from, customer: request.to, product: request.product }, props)));
    }
    const [row] =
      request.type === 'SUPPLIES'
        ? await tx.run(mergeSupplies, { ...params, product: request.product })
        : await tx.run(mergeRelationship, params);
    // A node's country follows from where it is located; it is never typed in by hand.
    if (request.type === 'LOCATED_IN') await tx.run(setCountry, { id: request.from });
    const refs = (change: 'added' | 'removed') => implied.filter((link) => link.change === change).map(({ type, from, to }) => ({ type, from, to }));
    return { row: { ...(row as RelationshipRow), added: refs('added'), removed: refs('removed') }, implied };
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

function suppliesRestOn(supplies: { from: string; to: string }[]): ApiError {
  const uses = supplies.map((s) => ({ type: 'SUPPLIES', id: `${s.from}->${s.to}`, kind: 'link' }));
  return new ApiError(
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

declare module 'fastify' {
  interface FastifyInstance {
    entitiesRepository: EntitiesRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('entitiesRepository', new EntitiesRepository(app.runner, app.clock));
  },
  { name: 'entities-repository', dependencies: ['neo4j'] },
);
