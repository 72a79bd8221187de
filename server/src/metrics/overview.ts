// The overview of the region: actors grouped by district and, for firms, NACE division (institutes
// and organisations as groups of their own per district), and the links between the groups counted
// by type. Actors without a district are in no group. Pure: the worker stores what it returns.
import { linkTypes, type LinkList } from './network-arrays';

export interface ActorRow {
  id: string;
  kind: string;
  country: string | null;
  district: string | null;
  division: string | null;
}

export const overviewTypes = linkTypes;

export interface GroupRow {
  id: string;
  district: string;
  kind: string;
  /** The firms' NACE division; null for institutes, organisations and firms without a sector. */
  division: string | null;
  actors: number;
  /** Links inside the group, by type in the order of overviewTypes. */
  internal: number[];
}

export interface GroupLink {
  source: string;
  target: string;
  type: string;
  links: number;
}

/** "DED21:C25", "DED21:firm" (firms without a sector), "DED21:institute", "DED21:organisation". */
export function groupOf(actor: ActorRow): string | null {
  if (!actor.district) return null;
  return `${actor.district}:${actor.kind === 'firm' ? (actor.division ?? 'firm') : actor.kind}`;
}

/** The groups as the actors arrive: each actor's group index (-1: in no group), the groups counted. */
export class Grouping {
  readonly groups: GroupRow[] = [];
  private readonly index = new Map<string, number>();

  add(actor: ActorRow): number {
    const id = groupOf(actor);
    if (!id) return -1;
    let at = this.index.get(id);
    if (at === undefined) {
      at = this.groups.length;
      this.index.set(id, at);
      this.groups.push({ id, district: actor.district!, kind: actor.kind, division: actor.kind === 'firm' ? actor.division : null, actors: 0, internal: overviewTypes.map(() => 0) });
    }
    this.groups[at]!.actors++;
    return at;
  }
}

/** Counts the links inside each group and between each two groups, by type. */
export function overviewOf(groups: GroupRow[], groupOfActor: Int32Array, links: LinkList): { groups: GroupRow[]; links: GroupLink[] } {
  const count = groups.length;
  // One counter per (type, source group, target group): a few hundred groups make at most a few
  // hundred thousand keys, counted without building a string per link.
  const between = new Map<number, number>();
  for (let e = 0; e < links.length; e++) {
    const source = groupOfActor[links.from[e]!]!;
    const target = groupOfActor[links.to[e]!]!;
    if (source < 0 || target < 0) continue;
    const type = links.type[e]!;
    if (source === target) {
      groups[source]!.internal[type]!++;
      continue;
    }
    const key = (type * count + source) * count + target;
    between.set(key, (between.get(key) ?? 0) + 1);
  }
  const counted: GroupLink[] = [];
  for (const [key, n] of between) {
    const target = key % count;
    const source = Math.floor(key / count) % count;
    const type = Math.floor(key / count / count);
    counted.push({ source: groups[source]!.id, target: groups[target]!.id, type: overviewTypes[type]!, links: n });
  }
  return { groups, links: counted };
}

/** The stored links of a group, as read-overview returns them: [target, type, links]. */
export interface StoredGroupLinks {
  source: string;
  links: [string, string, number][];
}

/** What to write so the stored links become `links`: those gone, and those new or with another count. */
export function overviewChange(stored: StoredGroupLinks[], links: GroupLink[]): { gone: Omit<GroupLink, 'links'>[]; changed: GroupLink[] } {
  const key = (source: string, target: string, type: string) => `${type}|${source}|${target}`;
  const before = new Map<string, number>();
  for (const { source, links: out } of stored) for (const [target, type, n] of out) before.set(key(source, target, type), n);
  const changed: GroupLink[] = [];
  for (const link of links) {
    const k = key(link.source, link.target, link.type);
    if (before.get(k) !== link.links) changed.push(link);
    before.delete(k);
  }
  const gone = [...before.keys()].map((k) => {
    const [type, source, target] = k.split('|') as [string, string, string];
    return { source, target, type };
  });
  return { gone, changed };
}
