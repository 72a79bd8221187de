import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { OverviewResponse } from '$lib/api/network';
import { drawnLinks, fillOverview } from './overview-graph';
import type { NetworkGraph } from './types';

// 40 groups in one district, a link from each to each with a count of its own (1,560 links).
const groups = Array.from({ length: 40 }, (_, i) => ({
  key: `DED42:C${i}`,
  kind: 'firm' as const,
  district: 'DED42',
  country: 'DE',
  division: `C${i}`,
  actors: 10 + i,
  internalLinks: 0,
  lat: 50.6,
  lon: 13.0,
}));
const links = groups.flatMap((a, i) =>
  groups.filter((b) => b !== a).map((b, j) => ({ source: a.key, target: b.key, type: 'SUPPLIES', links: i * 40 + j + 1, crossBorder: false })),
);
const overview = { groups, links, computedAt: '2026-12-01T12:00:00Z' } as OverviewResponse;

describe('the overview as a graph', () => {
  it('draws the strongest links between groups and keeps the others for when a group is pointed at', () => {
    const graph: NetworkGraph = new Graph({ type: 'directed', multi: true });
    fillOverview(graph, overview, (group) => group.key);
    expect(graph.order).toBe(40);
    expect(graph.size).toBe(links.length);
    const shown = graph.filterEdges((_edge, a) => !a.hidden).map((edge) => graph.getEdgeAttribute(edge, 'links')!);
    expect(shown).toHaveLength(drawnLinks);
    const weakestShown = Math.min(...shown);
    graph.forEachEdge((_edge, a) => expect(a.hidden).toBe(a.links! < weakestShown));
  });
});
