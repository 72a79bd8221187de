// Every write leaves an audit entry: who, when, each property before and after, each link added or
// removed. `recordAudit` is called inside the write's own transaction, so the entry and the change
// land together or not at all. Imports (source 'import') and event outcomes (source 'event') call it
// the same way. Entries live outside the public graph (no Entity label).
import { randomBytes } from 'node:crypto';
import { writeQuery } from '../graph/queries';
import type { TransactionRunner } from '../graph/runner';

const createEntry = writeQuery<{ id: string }>('audit/create-entry');

export type AuditAction = 'create' | 'update' | 'delete' | 'link' | 'unlink' | 'erase';
export type AuditSource = 'user' | 'import' | 'event' | 'system';

export interface PropertyChange {
  property: string;
  before: unknown;
  after: unknown;
}

export interface LinkChange {
  change: 'added' | 'removed';
  type: string;
  from: string;
  to: string;
  /** The link's properties (product, since, provenance) as they were added or before removal. */
  properties: Record<string, unknown>;
}

export interface AuditInput {
  /** Who did it: a user id, or null for the system (an import run by command, the demo data). */
  actorId: string | null;
  action: AuditAction;
  nodeId: string;
  nodeKind: string;
  /** The node's name as it was, so the history reads well after a deletion. */
  nodeName?: string | null;
  changes?: PropertyChange[];
  links?: LinkChange[];
  source?: AuditSource;
  /** The import file, event id, … the change came from. */
  sourceRef?: string | null;
  /** The entry this one reverses. */
  undoes?: string | null;
}

let sequence = 0;
/** Ids sort in the order entries were written (time, then a counter), which undo relies on. */
function newEntryId(at: Date): string {
  sequence = (sequence + 1) % 36 ** 4;
  return `A-${at.getTime().toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}-${randomBytes(3).toString('hex')}`;
}

/** Values as JSON keeps them: dates and numbers as the API shows them, absent as null. */
const plain = (value: unknown): unknown => (value === undefined ? null : value);

export async function recordAudit(tx: TransactionRunner, entry: AuditInput, at: Date = new Date()): Promise<string> {
  const [id] = await recordAudits(tx, [entry], at);
  return id!;
}

/** Many entries in one statement (an import's batch), in the given order. */
export async function recordAudits(tx: TransactionRunner, entries: AuditInput[], at: Date = new Date()): Promise<string[]> {
  if (entries.length === 0) return [];
  const rows = await tx.run(createEntry, { entries: entries.map((entry) => stored(entry, at)) });
  return rows.map((row) => row.id);
}

function stored(entry: AuditInput, at: Date) {
  const changes = (entry.changes ?? []).map((c) => ({ property: c.property, before: plain(c.before), after: plain(c.after) }));
  const links = entry.links ?? [];
  const otherId = links.map((link) => (link.from === entry.nodeId ? link.to : link.from)).find((id) => id !== entry.nodeId) ?? null;
  return {
    id: newEntryId(at),
    at: at.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    nodeId: entry.nodeId,
    nodeKind: entry.nodeKind,
    nodeName: entry.nodeName ?? null,
    otherId,
    changes: JSON.stringify(changes),
    links: JSON.stringify(links),
    source: entry.source ?? 'user',
    sourceRef: entry.sourceRef ?? null,
    undoes: entry.undoes ?? null,
  };
}

/** The properties that differ between before and after (deep, as JSON). */
export function changedProperties(before: Record<string, unknown>, after: Record<string, unknown>): PropertyChange[] {
  return Object.keys(after)
    .filter((key) => JSON.stringify(plain(before[key])) !== JSON.stringify(plain(after[key])))
    .map((property) => ({ property, before: plain(before[property]), after: plain(after[property]) }));
}
