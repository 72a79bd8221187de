// What Sigma draws for each node and edge, given what the user points at: the hovered or selected
// node with its neighbours stands out, a highlighted path stands out, everything else fades.
// Pure functions of (graph, highlight), so they are tested without a browser. The links of the
// hovered or selected node are not set apart here but drawn over the faded links by GraphCanvas:
// pointing at a node then changes what is drawn for the nodes only, not for every link.
import type { ActorAttributes, LinkAttributes, NetworkGraph } from './types';

export interface Highlight {
  hovered: string | null;
  selected: string | null;
  /** The centre of an ego network: always named. */
  centre: string | null;
  /** A path or chain to emphasise; empty when none. */
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  /** Nodes the user filtered out in the browser (e.g. by firm size); null when none is. */
  hidden: ((attributes: ActorAttributes) => boolean) | null;
}

export const noHighlight: Highlight = {
  hovered: null,
  selected: null,
  centre: null,
  pathNodes: new Set(),
  pathEdges: new Set(),
  hidden: null,
};

const faded = '#e3e7ec';
const fadedEdge = '#eef1f4';

type NodeDisplay = Partial<Omit<ActorAttributes, 'label'>> & { hidden?: boolean; highlighted?: boolean; forceLabel?: boolean; zIndex?: number; label?: string | null };
type EdgeDisplay = Partial<LinkAttributes> & { hidden?: boolean; type?: string; zIndex?: number };

/** The node the user points at (hovered, else selected), when it is drawn. */
export function activeNode(graph: NetworkGraph, h: Highlight): string | null {
  const active = h.hovered ?? h.selected;
  return active !== null && graph.hasNode(active) ? active : null;
}

/**
 * What a change of highlight changes in the drawing: nothing, the nodes only (the node pointed at
 * or the centre changed), or everything (a path, or the nodes filtered out).
 */
export function displayChange(graph: NetworkGraph, previous: Highlight, next: Highlight): 'none' | 'nodes' | 'all' {
  const sameSet = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x === y || (x.size === 0 && y.size === 0);
  if (previous.hidden !== next.hidden || !sameSet(previous.pathNodes, next.pathNodes) || !sameSet(previous.pathEdges, next.pathEdges)) return 'all';
  // Neighbours are labelled while hovering only.
  const pointer = (h: Highlight) => {
    const active = activeNode(graph, h);
    return active === null ? `|${h.centre}` : `${active}|${h.hovered !== null}|${h.centre}`;
  };
  return pointer(previous) === pointer(next) ? 'none' : 'nodes';
}

/**
 * Which nodes look different after a change that displayChange calls 'nodes': from one node
 * pointed at to another, only the two and their neighbours (the rest stays faded); with none
 * pointed at before and after, the two centres; from none to one or back, every node.
 */
export function changedNodes(graph: NetworkGraph, previous: Highlight, next: Highlight): ReadonlySet<string> | 'every' {
  const [from, to] = [activeNode(graph, previous), activeNode(graph, next)];
  if ((from === null) !== (to === null)) return 'every';
  const nodes = new Set<string>();
  if (from !== null && to !== null) {
    for (const node of [from, to]) {
      nodes.add(node);
      graph.forEachNeighbor(node, (neighbour) => void nodes.add(neighbour));
    }
  } else {
    for (const centre of [previous.centre, next.centre]) if (centre !== null && graph.hasNode(centre)) nodes.add(centre);
  }
  return nodes;
}

export function nodeDisplay(graph: NetworkGraph, node: string, data: ActorAttributes, h: Highlight): NodeDisplay {
  if (h.hidden?.(data)) return { ...data, hidden: true };
  const active = activeNode(graph, h);
  if (active) {
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
  if (h.hidden && (h.hidden(graph.getSourceAttributes(edge)) || h.hidden(graph.getTargetAttributes(edge)))) return { ...data, type, hidden: true };
  if (h.pathEdges.size > 0) {
    return h.pathEdges.has(edge) ? { ...data, type, color: '#1f2328', size: 3, zIndex: 1 } : { ...data, type, color: fadedEdge };
  }
  return { ...data, type };
}
