// Key figures of a scope, worked out from the gathered rows: actors by kind and country, links by
// type and how many cross the border, density of the actor network, and the share of needs that
// hang on a single supplier.
import { concentration, type Concentration } from '../graph/concentration';
import { actorLinkTypes, type ScopeData } from './scope-data';

export interface KeyFigures {
  actors: number;
  /** kind -> country ('DE', 'CZ', 'other') -> count */
  actorsByKind: Record<string, Record<string, number>>;
  /** type -> { links, crossBorder } for the supply, cooperation and membership links of the actors (to each other and out of the scope) */
  linksByType: Record<string, { links: number; crossBorder: number }>;
  /** Links of the actors, to each other and out of the scope. */
  actorLinks: number;
  crossBorderLinks: number;
  /** 0..1, null without links */
  crossBorderShare: number | null;
  /** Linked pairs of actors over all possible pairs, 0..1; null under two actors. */
  density: number | null;
  needs: number;
  singleSourceNeeds: number;
  /** 0..1, null without needs */
  singleSourceShare: number | null;
  /** Supply links into the scope's firms by the supplier's country. */
  supplyConcentration: Concentration;
}

export function keyFigures(data: ScopeData): KeyFigures {
  const country = new Map(data.actors.map((a) => [a.id, a.country]));
  const actorsByKind: KeyFigures['actorsByKind'] = {};
  for (const a of data.actors) {
    const byCountry = (actorsByKind[a.kind] ??= {});
    const key = a.country === 'DE' || a.country === 'CZ' ? a.country : 'other';
    byCountry[key] = (byCountry[key] ?? 0) + 1;
  }
  const linksByType: KeyFigures['linksByType'] = Object.fromEntries(actorLinkTypes.map((t) => [t, { links: 0, crossBorder: 0 }]));
  const pairs = new Set<string>();
  for (const l of data.links) {
    const entry = linksByType[l.type];
    if (!entry) continue;
    entry.links++;
    const a = country.get(l.from);
    const b = country.get(l.to);
    if (a && b && a !== b) entry.crossBorder++;
    pairs.add(l.from < l.to ? `${l.from}|${l.to}` : `${l.to}|${l.from}`);
  }
  for (const l of data.outsideLinks) {
    const entry = linksByType[l.type];
    if (!entry) continue;
    entry.links++;
    if (l.crossBorder) entry.crossBorder++;
  }
  const actorLinks = Object.values(linksByType).reduce((sum, t) => sum + t.links, 0);
  const crossBorderLinks = Object.values(linksByType).reduce((sum, t) => sum + t.crossBorder, 0);
  const n = data.actors.length;
  const needs = data.sourcing.length;
  const singleSourceNeeds = data.sourcing.filter((s) => s.suppliers.length === 1).length;
  const supplies = data.sourcing.flatMap((s) => s.suppliers);
  return {
    actors: n,
    actorsByKind,
    linksByType,
    actorLinks,
    crossBorderLinks,
    crossBorderShare: actorLinks === 0 ? null : crossBorderLinks / actorLinks,
    density: n < 2 ? null : pairs.size / ((n * (n - 1)) / 2),
    needs,
    singleSourceNeeds,
    singleSourceShare: needs === 0 ? null : singleSourceNeeds / needs,
    supplyConcentration: concentration(supplies, (s) => s.country),
  };
}
