// Answers of the path endpoints as a drawable graph. Positions come from the answer itself, not
// from a force layout: chains read left to right by tier, a supplier tree as rings around the firm.
import type { ActorRef, Path, Step, SupplierTree } from '../api/paths';
import type { NetworkGraph } from './types';

function addActor(graph: NetworkGraph, actor: ActorRef, x: number, y: number) {
  if (graph.hasNode(actor.id)) return;
  graph.addNode(actor.id, {
    label: actor.name,
    kind: actor.kind,
    country: actor.country,
    sector: null,
    sectorDivision: null,
    region: actor.district,
    sizeClass: actor.size,
    employees: null,
    lat: null,
    lon: null,
    x,
    y,
    size: 6,
    color: '#8c959f',
  });
}

/** The edge a step draws: supply runs from supplier to buyer, as in the explorer. */
export function stepEdge(step: Step): { key: string; source: string; target: string } {
  if (step.type === 'SUPPLIES' && step.supplier && step.buyer) {
    const source = step.supplier.id;
    const target = step.buyer.id;
    return { key: `SUPPLIES:${source}:${target}:${step.product?.id ?? ''}`, source, target };
  }
  const [source, target] = [step.from.id, step.to.id].sort() as [string, string];
  return { key: `COOPERATES_WITH:${source}:${target}`, source, target };
}

function addStep(graph: NetworkGraph, step: Step) {
  const { key, source, target } = stepEdge(step);
  if (graph.hasEdge(key)) return;
  graph.addDirectedEdgeWithKey(key, source, target, {
    relType: step.type,
    product: step.product?.id ?? null,
    crossBorder: step.crossBorder,
    size: 1,
    color: '#c9d1d9',
  });
}

const columnGap = 100;
const rowGap = 40;

/** Chains from the start firm upstream: a node's column is the first step at which it appears. */
export function drawChains(graph: NetworkGraph, start: ActorRef, paths: Path[]) {
  graph.clear();
  const tiers = new Map<string, { tier: number; actor: ActorRef }>([[start.id, { tier: 0, actor: start }]]);
  for (const path of paths) {
    path.steps.forEach((step, i) => {
      const known = tiers.get(step.to.id);
      if (!known || known.tier > i + 1) tiers.set(step.to.id, { tier: i + 1, actor: step.to });
    });
  }
  const columns = new Map<number, ActorRef[]>();
  for (const { tier, actor } of tiers.values()) columns.set(tier, [...(columns.get(tier) ?? []), actor]);
  for (const [tier, actors] of columns) {
    actors.forEach((actor, row) => addActor(graph, actor, tier * columnGap, (row - (actors.length - 1) / 2) * rowGap));
  }
  for (const path of paths) path.steps.forEach((step) => addStep(graph, step));
}

/** The nodes and edges of each chain, to highlight one of them. */
export const chainMembers = (path: Path, start: string) => ({
  nodes: new Set([start, ...path.steps.map((s) => s.to.id)]),
  edges: new Set(path.steps.map((s) => stepEdge(s).key)),
});

/** A supplier tree as rings: tier 1 around the firm, tier 2 around that, and so on. */
export function drawTree(graph: NetworkGraph, tree: SupplierTree) {
  graph.clear();
  addActor(graph, tree.firm, 0, 0);
  const rings = new Map<number, ActorRef[]>();
  for (const { firm, tier } of tree.suppliers) rings.set(tier, [...(rings.get(tier) ?? []), firm]);
  for (const [tier, firms] of rings) {
    firms.forEach((firm, i) => {
      const angle = (2 * Math.PI * i) / firms.length + tier * 0.4;
      addActor(graph, firm, Math.cos(angle) * tier * columnGap, Math.sin(angle) * tier * columnGap);
    });
  }
  for (const step of tree.links) {
    const { source, target } = stepEdge(step);
    if (graph.hasNode(source) && graph.hasNode(target)) addStep(graph, step);
  }
}
