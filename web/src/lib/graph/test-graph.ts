// Small explorer graphs for unit tests.
import Graph from 'graphology';
import type { ActorAttributes, NetworkGraph } from './types';

export function testGraph(nodes: Record<string, Partial<ActorAttributes>>, links: [string, string, string?][]): NetworkGraph {
  const graph: NetworkGraph = new Graph({ type: 'directed', multi: true });
  for (const [key, attributes] of Object.entries(nodes)) {
    graph.addNode(key, {
      label: key,
      kind: 'firm',
      country: 'DE',
      sector: null,
      sectorDivision: null,
      region: null,
      sizeClass: null,
      employees: null,
      lat: null,
      lon: null,
      x: 0,
      y: 0,
      size: 1,
      color: '#000',
      ...attributes,
    });
  }
  for (const [source, target, relType = 'SUPPLIES'] of links) {
    graph.addDirectedEdgeWithKey(`${relType}:${source}:${target}`, source, target, { relType, product: null, crossBorder: false, size: 1, color: '#000' });
  }
  return graph;
}
