// The overview of the region: actors grouped by district and, for firms, NACE division (institutes
// and organisations as groups of their own per district), and the links between the groups counted
// by type. Actors without a district are in no group. Pure: the worker stores what it returns.
import type { LinkRow } from './network-arrays';

export interface ActorRow {
  id: string;
  kind: string;
  country: string | null;
  district: string | null;
  division: string | null;
}

export const overviewTypes = ['SUPPLIES', 'COOPERATES_WITH', 'MEMBER_OF'] as const;

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

export function overviewOf(actors: ActorRow[], links: LinkRow[]): { groups: GroupRow[]; links: GroupLink[] } {
  const groupOfActor = new Map<string, string>();
  const groups = new Map<string, GroupRow>();
  for (const actor of actors) {
    const id = groupOf(actor);
    if (!id) continue;
    groupOfActor.set(actor.id, id);
    let group = groups.get(id);
    if (!group) {
      group = { id, district: actor.district!, kind: actor.kind, division: actor.kind === 'firm' ? actor.division : null, actors: 0, internal: overviewTypes.map(() => 0) };
      groups.set(id, group);
    }
    group.actors++;
  }
  const between = new Map<string, GroupLink>();
  for (const link of links) {
    const source = groupOfActor.get(link.source);
    const target = groupOfActor.get(link.target);
    const type = overviewTypes.indexOf(link.type as (typeof overviewTypes)[number]);
    if (!source || !target || type < 0) continue;
    if (source === target) {
      groups.get(source)!.internal[type]!++;
      continue;
    }
    const key = `${link.type}|${source}|${target}`;
    const counted = between.get(key);
    if (counted) counted.links++;
    else between.set(key, { source, target, type: link.type, links: 1 });
  }
  return { groups: [...groups.values()], links: [...between.values()] };
}
