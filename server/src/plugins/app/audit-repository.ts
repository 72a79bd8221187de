// Reading the audit (per node, per user) and undoing an entry. Undo applies the entry's reverse
// through the same write steps as any edit, in one transaction, and records it as a new entry that
// names the one it undoes. It refuses when something newer changed the same properties or links.
import fp from 'fastify-plugin';
import { ApiError, notFound } from '../../errors';
import { readQuery } from '../../graph/queries';
import type { QueryRunner, TransactionRunner } from '../../graph/runner';
import type { LinkChange, PropertyChange } from '../../audit/audit';
import type { AuthUser } from '../../auth/roles';
import { kinds, type EntityKind } from '../../schemas/entities';
import type { RelationshipType } from '../../schemas/relationships';
import type { Change, EntitiesRepository, Writer } from './entities-repository';
import { loadRefs } from './analytics-support';
import type { ProductRef } from '../../schemas/analytics';

type NamedRef = Omit<ProductRef, 'category'>;

const listNodeEntries = readQuery<{ entry: StoredEntry }>('audit/list-node-entries');
const listUserEntries = readQuery<{ entry: StoredEntry }>('audit/list-user-entries');
const getEntry = readQuery<{ entry: StoredEntry; newer: StoredEntry[] }>('audit/get-entry');

interface StoredEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName?: string | null;
  actorEmail?: string | null;
  action: Change['action'];
  nodeId: string;
  nodeKind: string;
  nodeName: string | null;
  changes: string;
  links: string;
  source: string;
  sourceRef: string | null;
  undoes: string | null;
  undoneBy?: string | null;
}

export interface AuditEntry extends Omit<StoredEntry, 'changes' | 'links' | 'actorName' | 'undoneBy' | 'actorEmail'> {
  actorName: string | null;
  undoneBy: string | null;
  changes: PropertyChange[];
  links: LinkChange[];
}

// Neo4j keeps no null properties: what is absent comes back as null.
const parse = ({ actorEmail: _email, ...entry }: StoredEntry): AuditEntry => ({
  ...entry,
  actorId: entry.actorId ?? null,
  actorName: entry.actorName ?? null,
  nodeName: entry.nodeName ?? null,
  sourceRef: entry.sourceRef ?? null,
  undoes: entry.undoes ?? null,
  undoneBy: entry.undoneBy ?? null,
  changes: JSON.parse(entry.changes) as PropertyChange[],
  links: JSON.parse(entry.links) as LinkChange[],
});

const linkKey = (link: LinkChange) => `${link.type}|${link.from}|${link.to}|${String(link.properties.product ?? '')}`;

const isEntityKind = (kind: string): kind is EntityKind => Object.hasOwn(kinds, kind);

type Refusal = 'undoDone' | 'undoErase' | 'undoKind' | 'undoNewer';

/** Why an entry cannot be undone, or null when it can. */
export function undoRefusal(entry: AuditEntry, newer: AuditEntry[]): Refusal | null {
  if (entry.undoneBy) return 'undoDone';
  if (entry.action === 'erase') return 'undoErase';
  if (!isEntityKind(entry.nodeKind)) return 'undoKind';
  const sameNode = newer.filter((n) => n.nodeId === entry.nodeId);
  if (entry.action === 'create' || entry.action === 'delete') {
    if (newer.some((n) => n.nodeId === entry.nodeId || n.links.some((l) => l.from === entry.nodeId || l.to === entry.nodeId))) {
      return 'undoNewer';
    }
  }
  const properties = new Set(entry.changes.map((c) => c.property));
  if (sameNode.some((n) => n.action === 'delete' || n.changes.some((c) => properties.has(c.property)))) {
    return 'undoNewer';
  }
  const links = new Set(entry.links.map(linkKey));
  if (newer.some((n) => n.links.some((l) => links.has(linkKey(l))))) return 'undoNewer';
  return null;
}

export class AuditRepository {
  constructor(
    private readonly runner: QueryRunner,
    private readonly entities: EntitiesRepository,
  ) {}

  async forNode(nodeId: string, limit = 100): Promise<AuditEntry[]> {
    return (await this.runner.run(listNodeEntries, { nodeId, limit })).map((row) => parse(row.entry));
  }

  async byUser(actorId: string, limit = 100): Promise<AuditEntry[]> {
    return (await this.runner.run(listUserEntries, { actorId, limit })).map((row) => parse(row.entry));
  }

  /** Names of what the entries' links mention by id (their ends and products), drafts included: the audit is for staff. */
  async names(entries: AuditEntry[]): Promise<NamedRef[]> {
    const ids = entries.flatMap((e) => [e.nodeId, ...e.links.flatMap((l) => [l.from, l.to, ...(typeof l.properties.product === 'string' ? [l.properties.product] : [])])]);
    const refs = await this.runner.read((tx) => loadRefs(tx, ids, null));
    return [...new Set(ids)].filter((id) => refs.has(id)).map((id) => {
      const { category: _, ...named } = refs.product(id);
      return named;
    });
  }

  /** Reverses an entry; the undo is itself audited. Returns the new entry's node. */
  async undo(id: string, user: AuthUser): Promise<void> {
    const [row] = await this.runner.run(getEntry, { id });
    if (!row) throw notFound('auditEntry', id, '/params/id');
    const entry = parse(row.entry);
    const refusal = undoRefusal(entry, row.newer.map(parse));
    if (refusal) throw new ApiError(409, 'UNDO_CONFLICT', (t) => t.access[refusal], '/params/id');
    const writer: Writer = { user, undoes: id };
    await this.runner.write(async (tx) => this.entities.audit(tx, await this.reverse(tx, entry, writer), writer));
  }

  private async reverse(tx: TransactionRunner, entry: AuditEntry, writer: Writer): Promise<Change> {
    const kind = entry.nodeKind as EntityKind;
    const before = Object.fromEntries(entry.changes.map((c) => [c.property, c.before]));
    if (entry.action === 'update') return this.entities.applyUpdate(tx, kind, entry.nodeId, before);
    if (entry.action === 'create') return this.entities.applyDelete(tx, kind, entry.nodeId);
    const change: Change =
      entry.action === 'delete'
        ? await this.entities.applyCreate(tx, kind, { ...before, id: entry.nodeId }, writer)
        : { action: entry.action === 'unlink' ? 'link' : 'unlink', nodeId: entry.nodeId, nodeKind: kind, nodeName: entry.nodeName, changes: [], links: [] };
    // Links in reverse order: a link whose `since` changed was removed, then added again.
    for (const link of [...entry.links].reverse()) {
      const body = {
        type: link.type as RelationshipType,
        from: link.from,
        to: link.to,
        ...(link.properties.product ? { product: String(link.properties.product) } : {}),
      };
      if (link.change === 'added') change.links.push(...(await this.entities.applyUnlink(tx, body)).links);
      else change.links.push(...(await this.entities.applyLink(tx, body, { ...writer, restore: link.properties })).change.links);
    }
    return change;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    auditRepository: AuditRepository;
  }
}

export default fp(
  async (app) => {
    app.decorate('auditRepository', new AuditRepository(app.runner, app.entitiesRepository));
  },
  { name: 'audit-repository', dependencies: ['neo4j', 'entities-repository'] },
);
