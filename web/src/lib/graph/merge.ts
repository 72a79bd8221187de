// API network -> explorer graph. Adds what is new and leaves what is there, so positions a layout
// has found are kept when the graph grows. A new node starts next to the neighbours it already has
// on the canvas; failing that, on the map; failing that, beside the new neighbours that are placed.
import type { ActorAttributes, LinkAttributes, NetworkGraph, SerializedGraph } from './types';
import { project, spread } from './projection';

/** How far (km) firms of one town are spread around it before the layout starts. */
const townSpread = 4;

type Position = { x: number; y: number };

function centroid(points: Position[]): Position | undefined {
  if (points.length === 0) return undefined;
  const sum = points.reduce((s, p) => ({ x: s.x + p.x, y: s.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: number;
}

export function mergeNetwork(graph: NetworkGraph, network: SerializedGraph): MergeResult {
  const fresh = network.nodes.filter((node) => !graph.hasNode(node.key));
  const neighbours = new Map<string, string[]>();
  for (const edge of network.edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  const placed = new Map<string, Position>();
  const placedOnCanvas = (key: string) => (graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined);

  const unplaced = fresh.filter(({ key, attributes: a }) => {
    const near = centroid((neighbours.get(key) ?? []).flatMap((n) => placedOnCanvas(n) ?? []));
    const origin = near ?? (a.lat !== null && a.lon !== null ? project(a.lat, a.lon) : undefined);
    if (origin) placed.set(key, spread(key, origin.x, origin.y, townSpread));
    return !origin;
  });
  for (const { key } of unplaced) {
    const near = centroid((neighbours.get(key) ?? []).flatMap((n) => placed.get(n) ?? []));
    placed.set(key, spread(key, near?.x ?? 0, near?.y ?? 0, near ? townSpread : townSpread * 10));
  }

  for (const { key, attributes: a } of fresh) {
    const attributes: ActorAttributes = {
      label: a.label,
      kind: a.kind,
      country: a.country,
      sector: a.sector,
      sectorDivision: a.sectorDivision,
      region: a.region,
      sizeClass: a.size,
      employees: a.employees,
      lat: a.lat,
      lon: a.lon,
      weightedDegree: a.weightedDegree,
      pageRank: a.pageRank,
      community: a.community,
      betweenness: a.betweenness,
      dependants: a.dependants,
      ...placed.get(key)!,
      size: 4,
      color: '#8c959f',
    };
    graph.addNode(key, attributes);
  }

  let addedEdges = 0;
  for (const { key, source, target, attributes: a } of network.edges) {
    if (graph.hasEdge(key) || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    const attributes: LinkAttributes = { relType: a.type, product: a.product, crossBorder: a.crossBorder, size: 1, color: '#c9d1d9' };
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
    addedEdges++;
  }
  return { addedNodes: fresh.map((n) => n.key), addedEdges };
}
