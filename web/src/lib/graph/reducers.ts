// What Sigma draws for each node and edge, given what the user points at: the hovered or selected
// node with its neighbours stands out, a highlighted path stands out, everything else fades.
// Pure functions of (graph, highlight), so they are tested without a browser.
import type { ActorAttributes, LinkAttributes, NetworkGraph } from './types';

export interface Highlight {
  hovered: string | null;
  selected: string | null;
  /** The centre of an ego network: always named. */
  centre: string | null;
  /** A path or chain to emphasise; empty when none. */
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  /** Nodes the user filtered out in the browser (e.g. by firm size). */
  hidden: (attributes: ActorAttributes) => boolean;
}

export const noHighlight: Highlight = {
  hovered: null,
  selected: null,
  centre: null,
  pathNodes: new Set(),
  pathEdges: new Set(),
  hidden: () => false,
};

const faded = '#e3e7ec';
const fadedEdge = '#eef1f4';

type NodeDisplay = Partial<Omit<ActorAttributes, 'label'>> & { hidden?: boolean; highlighted?: boolean; forceLabel?: boolean; zIndex?: number; label?: string | null };
type EdgeDisplay = Partial<LinkAttributes> & { hidden?: boolean; type?: string; zIndex?: number };

export function nodeDisplay(graph: NetworkGraph, node: string, data: ActorAttributes, h: Highlight): NodeDisplay {
  if (h.hidden(data)) return { ...data, hidden: true };
  const active = h.hovered ?? h.selected;
  if (active && graph.hasNode(active)) {
    if (node === active) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
    if (graph.areNeighbors(node, active)) return { ...data, forceLabel: h.hovered !== null, zIndex: 1 };
    return { ...data, color: faded, label: null, zIndex: 0 };
  }
  if (node === h.centre) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
  if (h.pathNodes.size > 0) {
    return h.pathNodes.has(node) ? { ...data, forceLabel: true, zIndex: 1 } : { ...data, color: faded, label: null, zIndex: 0 };
  }
  return data;
}

export function edgeDisplay(graph: NetworkGraph, edge: string, data: LinkAttributes, h: Highlight): EdgeDisplay {
  const type = data.relType === 'SUPPLIES' ? 'arrow' : 'line';
  const [source, target] = graph.extremities(edge);
  if (h.hidden(graph.getNodeAttributes(source)) || h.hidden(graph.getNodeAttributes(target))) return { ...data, type, hidden: true };
  const active = h.hovered ?? h.selected;
  if (active && graph.hasNode(active)) {
    return source === active || target === active ? { ...data, type, size: data.size + 1, zIndex: 1 } : { ...data, type, hidden: true };
  }
  if (h.pathEdges.size > 0) {
    return h.pathEdges.has(edge) ? { ...data, type, color: '#1f2328', size: 3, zIndex: 1 } : { ...data, type, color: fadedEdge };
  }
  return { ...data, type };
}
