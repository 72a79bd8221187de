// A scope's actors and their links as a graphology graph, laid out and coloured: what the network
// files carry and the report draws. Positions start from the map (longitude, latitude), so Saxony
// lies west and north of Bohemia as people expect, and ForceAtlas2 then pulls partners together.
// The layout runs in slices with a turn of the event loop between them, so a large scope never
// blocks the server for more than one slice.
import { setImmediate as nextTurn } from 'node:timers/promises';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { actorLinkTypes, type ActorRow, type ScopeData } from './scope-data';

export type ColourBy = 'country' | 'sector';

export interface NodeAttributes {
  label: string;
  kind: string;
  type: string | null;
  country: string | null;
  district: string | null;
  town: string | null;
  sector: string | null;
  size: string | null;
  employees: number | null;
  degree: number;
  x: number;
  y: number;
  /** Drawn radius. */
  radius: number;
  color: string;
}

export interface EdgeAttributes {
  type: string;
  product: string | null;
  since: string | null;
  crossBorder: boolean;
  source: string | null;
  standing: string | null;
}

export type ActorGraph = Graph<NodeAttributes, EdgeAttributes>;

/** One entry of the legend: what a colour stands for (a country code, a NACE division, or 'other'). */
export interface LegendEntry {
  key: string;
  color: string;
  count: number;
}

export const countryColours: Record<string, string> = { DE: '#1f5fa8', CZ: '#c62f3b' };
const otherColour = '#9aa0a6';
/** Twelve colours that stay apart for people with the common colour-vision deficiencies (Okabe–Ito and Tol). */
const palette = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#332288', '#117733', '#882255', '#999933', '#44aa99', '#aa4499'];

const divisionOf = (sector: string | null) => (sector ? (sector.split('.')[0] ?? sector) : null);

export function buildGraph(data: ScopeData, lang: 'de' | 'cs' | 'en', colourBy: ColourBy): { graph: ActorGraph; legend: LegendEntry[] } {
  const graph: ActorGraph = new Graph({ type: 'directed', multi: true });
  const nameKey = ({ de: 'nameDe', cs: 'nameCs', en: 'nameEn' } as const)[lang];
  const colours = colourBy === 'country' ? countryLegend(data.actors) : sectorLegend(data.actors);
  const colourMap = new Map(colours.map((c) => [c.key, c.color]));
  const keyOf = (a: ActorRow) => (colourBy === 'country' ? (a.country ?? 'other') : (divisionOf(a.sector) ?? 'other'));
  for (const a of data.actors) {
    graph.addNode(a.id, {
      label: a[nameKey] ?? a.name,
      kind: a.kind,
      type: a.type,
      country: a.country,
      district: a.district,
      town: a.town,
      sector: a.sector,
      size: a.size,
      employees: a.employees,
      degree: 0,
      x: a.lon ?? 0,
      y: a.lat ?? 0,
      radius: 1,
      color: colourMap.get(keyOf(a)) ?? otherColour,
    });
  }
  const types = new Set<string>(actorLinkTypes);
  for (const l of data.links) {
    if (!types.has(l.type) || !graph.hasNode(l.from) || !graph.hasNode(l.to)) continue;
    graph.addDirectedEdgeWithKey(`${l.type}:${l.from}:${l.to}:${l.product ?? ''}`, l.from, l.to, {
      type: l.type,
      product: l.product,
      since: l.since,
      crossBorder: isAcross(graph.getNodeAttribute(l.from, 'country'), graph.getNodeAttribute(l.to, 'country')),
      source: l.source,
      standing: l.standing,
    });
  }
  graph.forEachNode((node) => {
    const degree = graph.degree(node);
    graph.mergeNodeAttributes(node, { degree, radius: 2 + Math.sqrt(degree) * 1.6 });
  });
  return { graph, legend: colours };
}

const isAcross = (a: string | null, b: string | null) => a !== null && b !== null && a !== b;

function countryLegend(actors: ActorRow[]): LegendEntry[] {
  const counts = countBy(actors, (a) => a.country ?? 'other');
  return [...counts]
    .map(([key, count]) => ({ key, count, color: countryColours[key] ?? otherColour }))
    .sort((a, b) => (a.key === 'other' ? 1 : b.key === 'other' ? -1 : a.key.localeCompare(b.key)));
}

/** The largest divisions get a colour each; the rest share grey as 'other'. */
function sectorLegend(actors: ActorRow[]): LegendEntry[] {
  const counts = countBy(actors, (a) => divisionOf(a.sector) ?? 'other');
  const ranked = [...counts].filter(([key]) => key !== 'other').sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = ranked.slice(0, palette.length).map(([key, count], i) => ({ key, count, color: palette[i] ?? otherColour }));
  const rest = ranked.slice(palette.length).reduce((sum, [, count]) => sum + count, 0) + (counts.get('other') ?? 0);
  return rest > 0 ? [...shown, { key: 'other', count: rest, color: otherColour }] : shown;
}

function countBy<T>(items: T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

/**
 * ForceAtlas2 from the map positions, in slices of a few iterations (each slice bounded by the
 * graph's size) with a turn of the event loop between them. Afterwards x and y are scaled to 0..1000.
 */
export async function layOut(graph: ActorGraph, onProgress?: (share: number) => void): Promise<void> {
  const n = graph.order;
  if (n === 0) return;
  // Actors without coordinates start on a small circle around the middle of those with them.
  let sumX = 0, sumY = 0, placed = 0;
  graph.forEachNode((_, a) => {
    if (a.x !== 0 || a.y !== 0) {
      sumX += a.x; sumY += a.y; placed++;
    }
  });
  const centre = placed > 0 ? { x: sumX / placed, y: sumY / placed } : { x: 13.5, y: 50.7 };
  let i = 0;
  graph.forEachNode((node, a) => {
    if (a.x === 0 && a.y === 0) {
      const angle = (2 * Math.PI * i++) / n;
      graph.mergeNodeAttributes(node, { x: centre.x + 0.05 * Math.cos(angle), y: centre.y + 0.03 * Math.sin(angle) });
    }
    // Longitude degrees are shorter than latitude degrees at 50° north: about 0.64.
    graph.mergeNodeAttributes(node, { x: graph.getNodeAttribute(node, 'x') * 64, y: graph.getNodeAttribute(node, 'y') * 100 });
  });
  if (graph.size > 0) {
    // Strong gravity keeps loosely linked actors near the rest instead of at the page's edges.
    const settings = { ...forceAtlas2.inferSettings(graph), strongGravityMode: true, gravity: 0.05, barnesHutOptimize: n > 1000 };
    const total = n > 20_000 ? 30 : n > 5000 ? 60 : n > 1000 ? 120 : 300;
    const perSlice = Math.max(1, Math.floor(20_000 / Math.max(n + graph.size, 1)));
    for (let done = 0; done < total; done += perSlice) {
      forceAtlas2.assign(graph, { iterations: Math.min(perSlice, total - done), settings });
      onProgress?.(Math.min(1, (done + perSlice) / total));
      await nextTurn();
    }
  }
  normalise(graph);
}

/** x and y into 0..1000 keeping the aspect ratio, y growing northwards as Gephi and sigma draw it. */
function normalise(graph: ActorGraph): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  graph.forEachNode((node, a) => {
    graph.mergeNodeAttributes(node, {
      x: Math.round(((a.x - minX) / span) * 1000 * 100) / 100,
      y: Math.round(((a.y - minY) / span) * 1000 * 100) / 100,
    });
  });
}
