import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { mergeNetwork } from './merge';
import { project } from './projection';
import type { NetworkGraph, SerializedGraph } from './types';

const actor = (key: string, lat: number | null, lon: number | null, extra: Record<string, unknown> = {}) => ({
  key,
  attributes: {
    label: key, kind: 'firm', country: 'DE', sector: null, sectorDivision: null, region: null, size: 'small', employees: 20, lat, lon,
    weightedDegree: null, pageRank: null, community: null, betweenness: null, dependants: null, ...extra,
  },
});
const supplies = (source: string, target: string) => ({
  key: `SUPPLIES:${source}:${target}:P`,
  source,
  target,
  attributes: { type: 'SUPPLIES', product: 'P', crossBorder: false },
});
const newGraph = (): NetworkGraph => new Graph({ type: 'directed', multi: true });

describe('mergeNetwork', () => {
  const network: SerializedGraph = {
    nodes: [actor('A', 50.83, 12.92), actor('B', 50.66, 14.04), actor('C', null, null)],
    edges: [supplies('A', 'B'), supplies('B', 'C')],
  };

  it('starts nodes near their place on the map, the same way every time', () => {
    const first = newGraph();
    const second = newGraph();
    mergeNetwork(first, network);
    mergeNetwork(second, network);
    const a = first.getNodeAttributes('A');
    const home = project(50.83, 12.92);
    expect(Math.hypot(a.x - home.x, a.y - home.y)).toBeLessThanOrEqual(4);
    expect(first.getNodeAttributes('B')).toEqual(second.getNodeAttributes('B'));
  });

  it('puts a node without coordinates beside its placed neighbours', () => {
    const graph = newGraph();
    mergeNetwork(graph, network);
    const b = graph.getNodeAttributes('B');
    const c = graph.getNodeAttributes('C');
    expect(Math.hypot(c.x - b.x, c.y - b.y)).toBeLessThanOrEqual(4);
  });

  it('keeps what is on the canvas and starts new nodes next to their neighbours there', () => {
    const graph = newGraph();
    mergeNetwork(graph, network);
    graph.mergeNodeAttributes('A', { x: 1000, y: 1000 });
    const result = mergeNetwork(graph, { nodes: [actor('A', 50.83, 12.92), actor('D', 51.0, 13.7)], edges: [supplies('D', 'A')] });
    expect(result).toEqual({ addedNodes: ['D'], addedEdges: 1 });
    expect(graph.getNodeAttributes('A')).toMatchObject({ x: 1000, y: 1000 });
    const d = graph.getNodeAttributes('D');
    expect(Math.hypot(d.x - 1000, d.y - 1000)).toBeLessThanOrEqual(4);
  });

  it("renames the attributes Sigma reads itself: a firm's size class and a link's type", () => {
    const graph = newGraph();
    mergeNetwork(graph, network);
    expect(graph.getNodeAttributes('A')).toMatchObject({ sizeClass: 'small' });
    expect(graph.getEdgeAttributes('SUPPLIES:A:B:P')).toMatchObject({ relType: 'SUPPLIES', product: 'P', crossBorder: false });
    expect(graph.getEdgeAttributes('SUPPLIES:A:B:P')).not.toHaveProperty('type');
  });

  it('skips links to nodes it does not have', () => {
    const graph = newGraph();
    const result = mergeNetwork(graph, { nodes: [actor('A', 50, 13)], edges: [supplies('A', 'X')] });
    expect(result.addedEdges).toBe(0);
    expect(graph.size).toBe(0);
  });
});
