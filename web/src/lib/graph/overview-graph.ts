// The overview as a drawable graph: each group a node at its district (groups of one district on a
// small spiral around its centre, largest in the middle), sized by its actors and coloured by its
// firms' sector (institutes and organisations by kind); the links between two groups one edge,
// as wide as their count, cross-border ones in their own colour. Positions come with the data, so
// the picture never starts from random and needs no layout.
import type { OverviewResponse } from '$lib/api/network';
import { kindColors, otherColor, palette, type LegendEntry } from './appearance';
import { project } from './projection';
import type { NetworkGraph } from './types';

type Group = OverviewResponse['groups'][number];

/** km between neighbouring groups of one district. */
const spacing = 5.5;
const golden = Math.PI * (3 - Math.sqrt(5));
const minSize = 4;
const maxSize = 24;
/** About how many links between groups are drawn, the strongest first. */
export const drawnLinks = 300;

/** What a legend and the colours go by: the firms' division, or the kind for the others. */
export const groupCategory = (group: Pick<Group, 'kind' | 'division'>): string =>
  group.kind === 'firm' ? (group.division ?? 'other') : group.kind;

export function fillOverview(graph: NetworkGraph, overview: OverviewResponse, labelOf: (group: Group) => string): LegendEntry[] {
  graph.clear();
  const counts = new Map<string, number>();
  for (const group of overview.groups) counts.set(groupCategory(group), (counts.get(groupCategory(group)) ?? 0) + group.actors);
  const divisions = [...counts]
    .filter(([key]) => key !== 'other' && !(key in kindColors))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, palette.length);
  const colorOf = new Map<string, string>([...divisions.map(([key], i) => [key, palette[i]!] as [string, string]), ...Object.entries(kindColors)]);
  const largest = Math.max(1, ...overview.groups.map((g) => g.actors));

  const byDistrict = new Map<string, Group[]>();
  for (const group of overview.groups) byDistrict.set(group.district, [...(byDistrict.get(group.district) ?? []), group]);
  for (const groups of byDistrict.values()) {
    groups.sort((a, b) => b.actors - a.actors || a.key.localeCompare(b.key));
    groups.forEach((group, i) => {
      const centre = group.lat !== null && group.lon !== null ? project(group.lat, group.lon) : { x: 0, y: 0 };
      const radius = spacing * Math.sqrt(i);
      graph.addNode(group.key, {
        label: labelOf(group),
        kind: 'group',
        country: group.country,
        sector: null,
        sectorDivision: group.division,
        region: group.district,
        sizeClass: null,
        employees: null,
        lat: group.lat,
        lon: group.lon,
        actors: group.actors,
        x: centre.x + radius * Math.cos(i * golden),
        y: centre.y + radius * Math.sin(i * golden),
        size: minSize + Math.sqrt(group.actors / largest) * (maxSize - minSize),
        color: colorOf.get(groupCategory(group)) ?? otherColor,
      });
    });
  }

  // One edge per ordered pair of groups, summed over the link types.
  const sums = new Map<string, { source: string; target: string; links: number; crossBorder: boolean }>();
  for (const link of overview.links) {
    const key = `${link.source}>${link.target}`;
    const sum = sums.get(key) ?? { source: link.source, target: link.target, links: 0, crossBorder: link.crossBorder };
    sum.links += link.links;
    sums.set(key, sum);
  }
  // Only the strongest are drawn: thousands of weak ones lay a solid band over the border. A group
  // pointed at shows all of its own (GraphCanvas draws those apart).
  const strengths = [...sums.values()].map((sum) => sum.links).sort((a, b) => b - a);
  const least = strengths[Math.min(drawnLinks, strengths.length) - 1] ?? 0;
  for (const [key, { source, target, links, crossBorder }] of sums) {
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.addDirectedEdgeWithKey(key, source, target, {
      relType: 'GROUP_LINKS',
      product: null,
      crossBorder,
      links,
      hidden: links < least,
      size: 0.6 + Math.log2(1 + links) * 0.7,
      // Light, and opaque: Sigma draws a translucent link over the map as a white one.
      color: crossBorder ? '#eda77f' : '#b4c0cc',
    });
  }

  const legend: LegendEntry[] = [...colorOf]
    .filter(([key]) => counts.has(key))
    .map(([key, color]) => ({ key, color, count: counts.get(key)! }))
    .sort((a, b) => b.count - a.count);
  const rest = [...counts].filter(([key]) => !colorOf.has(key)).reduce((sum, [, count]) => sum + count, 0);
  return rest > 0 ? [...legend, { key: 'other', color: otherColor, count: rest }] : legend;
}
