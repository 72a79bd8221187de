// A node's neighbours on the canvas, grouped by how they are linked to it, for the side panel.
// SUPPLIES runs from supplier to customer; MEMBER_OF from member to organisation.
import type { NetworkGraph } from '$lib/graph/types';

export type NeighbourRelation = 'suppliesTo' | 'suppliedBy' | 'cooperatesWith' | 'memberOf' | 'hasMember';

const relationOf = (type: string, outgoing: boolean): NeighbourRelation | undefined =>
  ({
    SUPPLIES: outgoing ? 'suppliesTo' : 'suppliedBy',
    COOPERATES_WITH: 'cooperatesWith',
    MEMBER_OF: outgoing ? 'memberOf' : 'hasMember',
  })[type] as NeighbourRelation | undefined;

const order: NeighbourRelation[] = ['suppliedBy', 'suppliesTo', 'cooperatesWith', 'memberOf', 'hasMember'];

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare;

export function neighbourGroups(graph: NetworkGraph, node: string) {
  const groups = new Map<NeighbourRelation, Map<string, string>>();
  graph.forEachEdge(node, (_edge, attributes, source, target) => {
    const outgoing = source === node;
    const relation = relationOf(attributes.relType, outgoing);
    const other = outgoing ? target : source;
    if (!relation || other === node) return;
    if (!groups.has(relation)) groups.set(relation, new Map());
    groups.get(relation)!.set(other, graph.getNodeAttribute(other, 'label'));
  });
  return order
    .filter((relation) => groups.has(relation))
    .map((relation) => ({
      relation,
      nodes: [...groups.get(relation)!].map(([key, label]) => ({ key, label })).sort((a, b) => byName(a.label, b.label)),
    }));
}
