// Rows from the network queries to graphology's SerializedGraph, and the choice of which nodes a
// size-limited network keeps. Pure functions: no database, so they are tested on their own.
import type { EdgeAttributes, NodeAttributes, SerializedGraph } from '../schemas/network';

export interface NodeRow {
  key: string;
  attributes: NodeAttributes;
}

export interface LinkRow extends EdgeAttributes {
  source: string;
  target: string;
}

/** Stable and unique: two firms may be linked by several SUPPLIES, one per product. */
export const edgeKey = (link: Pick<LinkRow, 'type' | 'source' | 'target' | 'product'>): string =>
  link.product === null ? `${link.type}:${link.source}:${link.target}` : `${link.type}:${link.source}:${link.target}:${link.product}`;

/**
 * Nodes keep their order (the query ranked them) and the first row of a key wins; edges are
 * de-duplicated by key, sorted by it, and dropped when an end is not among the nodes.
 */
export function toSerializedGraph(nodes: NodeRow[], links: LinkRow[]): SerializedGraph {
  const nodeMap = new Map<string, NodeRow>();
  for (const node of nodes) if (!nodeMap.has(node.key)) nodeMap.set(node.key, node);
  const edgeMap = new Map<string, SerializedGraph['edges'][number]>();
  for (const { source, target, ...attributes } of links) {
    if (!nodeMap.has(source) || !nodeMap.has(target)) continue;
    const key = edgeKey({ source, target, ...attributes });
    if (!edgeMap.has(key)) edgeMap.set(key, { key, source, target, attributes });
  }
  const edges = [...edgeMap.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { nodes: [...nodeMap.values()].map(({ key, attributes }) => ({ key, attributes })), edges };
}

/**
 * The ranked ids that have a cross-border link to another of them; `keep` (the ego centre) stays
 * regardless. If A has such a link to B, B has it to A, so one pass settles it.
 */
export function withCrossBorderLinks(ranked: string[], crossLinks: Pick<LinkRow, 'source' | 'target'>[], keep?: string): string[] {
  const members = new Set(ranked);
  const linked = new Set<string>();
  for (const { source, target } of crossLinks) {
    if (members.has(source) && members.has(target) && source !== target) {
      linked.add(source);
      linked.add(target);
    }
  }
  return ranked.filter((id) => id === keep || linked.has(id));
}
