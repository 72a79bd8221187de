// Colour and size of what is drawn, from a mode the user picks. Writes `color` and `size` into the
// graph (Sigma redraws on attribute changes) and returns the legend for the chosen colour mode.
import type { Metrics } from './metrics';
import type { LinkAttributes, NetworkGraph } from './types';

export const colorModes = ['kind', 'sector', 'country', 'community'] as const;
export type ColorMode = (typeof colorModes)[number];
export const sizeModes = ['degree', 'employees', 'betweenness'] as const;
export type SizeMode = (typeof sizeModes)[number];

export const needsMetrics = (color: ColorMode, size: SizeMode) => color === 'community' || size === 'betweenness';

/** Tableau 10 without its grey, then four more: distinguishable, also for most colour-blind eyes. */
export const palette = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f',
  '#2f4b7c', '#a05195', '#66a61e', '#e6ab02',
];
export const otherColor = '#bab0ac';
export const kindColors: Record<string, string> = { firm: '#4e79a7', institute: '#59a14f', organisation: '#e15759' };
export const countryColors: Record<string, string> = { DE: '#f28e2b', CZ: '#4e79a7' };
export const linkColors = { SUPPLIES: '#a3b1c2', COOPERATES_WITH: '#8cc084', MEMBER_OF: '#d8cce6', crossBorder: '#c2410c' };

export interface LegendEntry {
  /** Kind, NACE division, country code, community number, or 'other'. */
  key: string;
  color: string;
  count: number;
}

const minSize = 3;
const maxSize = 16;
const employeesOfClass: Record<string, number> = { micro: 5, small: 25, medium: 120, large: 500 };

function categoryOf(graph: NetworkGraph, node: string, mode: ColorMode, metrics?: Metrics): string {
  const a = graph.getNodeAttributes(node);
  if (mode === 'kind') return a.kind;
  if (mode === 'country') return a.country ?? 'other';
  if (mode === 'sector') return a.sectorDivision ?? 'other';
  const community = metrics?.community[node];
  return community === undefined ? 'other' : String(community);
}

/** The most frequent categories get the palette, the rest share one grey "other". */
function legendFor(counts: Map<string, number>, mode: ColorMode): LegendEntry[] {
  const fixed = mode === 'kind' ? kindColors : mode === 'country' ? countryColors : undefined;
  const sorted = [...counts].filter(([key]) => key !== 'other').sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = fixed ? sorted.filter(([key]) => key in fixed) : sorted.slice(0, palette.length);
  const entries = shown.map(([key, count], i) => ({ key, count, color: fixed?.[key] ?? palette[i]! }));
  const rest = [...counts].reduce((sum, [key, count]) => (entries.some((e) => e.key === key) ? sum : sum + count), 0);
  return rest > 0 ? [...entries, { key: 'other', color: otherColor, count: rest }] : entries;
}

function sizeValue(graph: NetworkGraph, node: string, mode: SizeMode, metrics?: Metrics): number {
  // Distinct partners, as in metrics.ts, without waiting for the metrics.
  if (mode === 'degree') return Math.sqrt(graph.neighbors(node).length);
  if (mode === 'betweenness') return Math.sqrt(metrics?.betweenness[node] ?? 0);
  const a = graph.getNodeAttributes(node);
  return Math.log1p(a.employees ?? employeesOfClass[a.sizeClass ?? ''] ?? 0);
}

export function applyAppearance(graph: NetworkGraph, color: ColorMode, size: SizeMode, metrics?: Metrics): LegendEntry[] {
  const categories = new Map<string, string>();
  const counts = new Map<string, number>();
  const values = new Map<string, number>();
  graph.forEachNode((node) => {
    const category = categoryOf(graph, node, color, metrics);
    categories.set(node, category);
    counts.set(category, (counts.get(category) ?? 0) + 1);
    values.set(node, sizeValue(graph, node, size, metrics));
  });
  const legend = legendFor(counts, color);
  const colorOf = new Map(legend.map((e) => [e.key, e.color]));
  const largest = Math.max(0, ...values.values());
  graph.updateEachNodeAttributes((node, a) => ({
    ...a,
    color: colorOf.get(categories.get(node)!) ?? otherColor,
    size: minSize + (largest > 0 ? (values.get(node)! / largest) * (maxSize - minSize) : 0),
  }));
  graph.updateEachEdgeAttributes(
    (_edge, a) => ({
      ...a,
      color: a.crossBorder ? linkColors.crossBorder : (linkColors[a.relType as keyof typeof linkColors] ?? linkColors.SUPPLIES),
      size: a.crossBorder ? 1.6 : 1,
    }),
    // Naming zIndex makes Sigma re-index the edges, which it must when some were added in this
    // same tick; without it Sigma repaints in place and fails on the new ones.
    { attributes: ['color', 'size', 'zIndex' as keyof LinkAttributes] },
  );
  return legend;
}
